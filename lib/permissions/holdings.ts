import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { Permission } from "./catalogue";
import { catalogueNames } from "./catalogue-reads";

/** What the holdings rule needs of a group: select it with GROUP_GRANTS_SELECT. */
export type GroupGrants = { builtIn: boolean; permissions: { permission: string }[] };
export const GROUP_GRANTS_SELECT = { builtIn: true, permissions: { select: { permission: true } } } as const;

/**
 * The one rule for what membership confers: the union of the groups' permissions that are in
 * the catalogue now. The built-in Administrators group confers the whole catalogue whatever
 * its rows say, including permissions services define later.
 */
export function permissionsOfGroups(groups: readonly GroupGrants[], catalogue: ReadonlySet<Permission>): Set<Permission> {
  if (groups.some((group) => group.builtIn)) return new Set(catalogue);
  const granted = groups.flatMap((group) => group.permissions.map((p) => p.permission));
  return new Set(granted.filter((permission) => catalogue.has(permission)));
}

/** What one group confers, sorted, for showing it. */
export const permissionListOf = (group: GroupGrants, catalogue: ReadonlySet<Permission>): Permission[] =>
  [...permissionsOfGroups([group], catalogue)].sort();

/** The permissions a user holds now: what their groups confer. */
export async function permissionsOfUser(client: Db | Tx, userId: string): Promise<Set<Permission>> {
  const [groups, catalogue] = await Promise.all([
    client.group.findMany({ where: { memberships: { some: { userId } } }, select: GROUP_GRANTS_SELECT }),
    catalogueNames(client),
  ]);
  return permissionsOfGroups(groups, catalogue);
}

/** What membership of the groups with these ids would confer. */
export async function permissionsOfGroupIds(client: Db | Tx, groupIds: string[]): Promise<Set<Permission>> {
  if (groupIds.length === 0) return new Set();
  const [groups, catalogue] = await Promise.all([
    client.group.findMany({ where: { id: { in: groupIds } }, select: GROUP_GRANTS_SELECT }),
    catalogueNames(client),
  ]);
  return permissionsOfGroups(groups, catalogue);
}

/** What a key may do: its scopes (null: everything) ∩ what its owner holds now. */
export function permissionsOfKey(scopes: string | null, ownerPermissions: ReadonlySet<Permission>): Set<Permission> {
  if (scopes === null) return new Set(ownerPermissions);
  return new Set((JSON.parse(scopes) as string[]).filter((permission) => ownerPermissions.has(permission)));
}
