import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import type { Permission } from "./catalogue";
import { permissionsOfGroupIds, permissionsOfUser } from "./holdings";

// Nobody hands out more than they hold: without this, a holder of groups:write could join
// Administrators, and a holder of users:write could reset an administrator's password and
// sign in as them.
export const CANNOT_GRANT = "You can only grant permissions you hold yourself.";
export const CANNOT_MANAGE = "You can only manage users whose permissions you hold yourself.";
export const CANNOT_CHANGE_GROUP = "You can only change groups whose permissions you hold yourself.";

function holdsAll(actor: Actor, permissions: Iterable<Permission>): boolean {
  for (const permission of permissions) if (!actor.permissions.has(permission)) return false;
  return true;
}

export function assertCanGrant(actor: Actor, permissions: Iterable<Permission>): void {
  if (!holdsAll(actor, permissions)) throw new ForbiddenError(CANNOT_GRANT);
}

/**
 * The one rule for every change to a group (its members, permissions, name, description, or
 * deleting it), and for putting a new user in groups: the actor must hold every permission
 * the groups grant. Otherwise a holder of groups:write could strip or delete a group they
 * could not have built.
 */
export async function assertCanChangeGroups(tx: Tx, actor: Actor, groupIds: string[]): Promise<void> {
  if (!holdsAll(actor, await permissionsOfGroupIds(tx, groupIds))) throw new ForbiddenError(CANNOT_CHANGE_GROUP);
}

/** The actor may change, disable or delete this user only if they hold all the user holds. */
export async function assertCanManageUser(tx: Tx, actor: Actor, userId: string): Promise<void> {
  if (!holdsAll(actor, await permissionsOfUser(tx, userId))) throw new ForbiddenError(CANNOT_MANAGE);
}
