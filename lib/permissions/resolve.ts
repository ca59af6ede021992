import "server-only";
import type { Db, Tx } from "@/lib/db";
import { PERMISSIONS, isPermission, type Permission } from "./catalogue";

/**
 * The permissions a user holds now: the union over their groups. Members of the built-in
 * Administrators group hold the whole catalogue, including permissions added later.
 */
export async function permissionsOfUser(client: Db | Tx, userId: string): Promise<Set<Permission>> {
  const groups = await client.group.findMany({
    where: { memberships: { some: { userId } } },
    select: { builtIn: true, permissions: { select: { permission: true } } },
  });
  if (groups.some((group) => group.builtIn)) return new Set(PERMISSIONS);
  return new Set(groups.flatMap((group) => group.permissions.map((p) => p.permission)).filter(isPermission));
}
