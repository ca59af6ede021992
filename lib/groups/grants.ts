import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { PERMISSIONS, isPermission, type Permission } from "@/lib/permissions/catalogue";
import { permissionsOfUser } from "@/lib/permissions/resolve";

// Nobody hands out more than they hold: without this, a holder of groups:write could join
// Administrators, and a holder of users:write could reset an administrator's password and
// sign in as them.
export const CANNOT_GRANT = "You can only grant permissions you hold yourself.";
export const CANNOT_MANAGE = "You can only manage users whose permissions you hold yourself.";
export const CANNOT_CHANGE_GROUP = "You can only change groups whose permissions you hold yourself.";

/** What membership of these groups confers (Administrators: the whole catalogue). */
export async function permissionsOfGroups(tx: Tx, groupIds: string[]): Promise<Set<Permission>> {
  if (groupIds.length === 0) return new Set();
  const groups = await tx.group.findMany({
    where: { id: { in: groupIds } },
    select: { builtIn: true, permissions: { select: { permission: true } } },
  });
  if (groups.some((group) => group.builtIn)) return new Set(PERMISSIONS);
  return new Set(groups.flatMap((group) => group.permissions.map((p) => p.permission)).filter(isPermission));
}

function holdsAll(actor: Actor, permissions: Iterable<Permission>): boolean {
  for (const permission of permissions) if (!actor.permissions.has(permission)) return false;
  return true;
}

export function assertCanGrant(actor: Actor, permissions: Iterable<Permission>): void {
  if (!holdsAll(actor, permissions)) throw new ForbiddenError(CANNOT_GRANT);
}

/**
 * The one rule for every change to a group (its members, permissions, name, description, or
 * deleting it): the actor must hold every permission the group grants. Otherwise a holder of
 * groups:write could strip or delete a group they could not have built.
 */
export async function assertCanChangeGroups(tx: Tx, actor: Actor, groupIds: string[]): Promise<void> {
  if (!holdsAll(actor, await permissionsOfGroups(tx, groupIds))) throw new ForbiddenError(CANNOT_CHANGE_GROUP);
}

/** The actor may change, disable or delete this user only if they hold all the user holds. */
export async function assertCanManageUser(tx: Tx, actor: Actor, userId: string): Promise<void> {
  if (!holdsAll(actor, await permissionsOfUser(tx, userId))) throw new ForbiddenError(CANNOT_MANAGE);
}
