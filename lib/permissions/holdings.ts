import "server-only";
import type { Db, Tx } from "@/lib/db";
import { PERMISSIONS, isPermission, type Permission } from "./catalogue";

/** What the holdings rule needs of a group: select it with GROUP_GRANTS_SELECT. */
export type GroupGrants = { builtIn: boolean; permissions: { permission: string }[] };
export const GROUP_GRANTS_SELECT = { builtIn: true, permissions: { select: { permission: true } } } as const;

/**
 * The one rule for what membership confers: the union of the groups' permissions. The
 * built-in Administrators group confers the whole catalogue whatever its rows say, including
 * permissions added to the catalogue later.
 */
export function permissionsOfGroups(groups: readonly GroupGrants[]): Set<Permission> {
  if (groups.some((group) => group.builtIn)) return new Set(PERMISSIONS);
  return new Set(groups.flatMap((group) => group.permissions.map((p) => p.permission)).filter(isPermission));
}

/** What one group confers, sorted, for showing it. */
export const permissionListOf = (group: GroupGrants): Permission[] => [...permissionsOfGroups([group])].sort();

/** The permissions a user holds now: what their groups confer. */
export async function permissionsOfUser(client: Db | Tx, userId: string): Promise<Set<Permission>> {
  return permissionsOfGroups(await client.group.findMany({ where: { memberships: { some: { userId } } }, select: GROUP_GRANTS_SELECT }));
}

/** What membership of the groups with these ids would confer. */
export async function permissionsOfGroupIds(client: Db | Tx, groupIds: string[]): Promise<Set<Permission>> {
  if (groupIds.length === 0) return new Set();
  return permissionsOfGroups(await client.group.findMany({ where: { id: { in: groupIds } }, select: GROUP_GRANTS_SELECT }));
}

/** What a key may do: its scopes (null: everything) ∩ what its owner holds now. */
export function permissionsOfKey(scopes: string | null, ownerPermissions: ReadonlySet<Permission>): Set<Permission> {
  const allowed: readonly string[] = scopes === null ? PERMISSIONS : (JSON.parse(scopes) as string[]);
  return new Set(allowed.filter(isPermission).filter((permission) => ownerPermissions.has(permission)));
}
