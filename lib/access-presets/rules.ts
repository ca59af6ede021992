import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { InvalidError } from "@/lib/errors";
import type { Permission } from "@/lib/permissions/catalogue";
import { catalogueNames } from "@/lib/permissions/catalogue-reads";
import { assertCanGrant } from "@/lib/permissions/escalation";

export const PRESET_NAME_IN_USE = "A preset with this name already exists";

/**
 * A preset may name only permissions that exist, and only ones its author holds: a preset is
 * offered to everyone who creates keys, so it must not carry what its author could not grant.
 */
export async function assertPresetPermissions(tx: Tx, actor: Actor, permissions: Permission[]): Promise<void> {
  const catalogue = await catalogueNames(tx);
  const unknown = permissions.filter((permission) => !catalogue.has(permission));
  if (unknown.length > 0) {
    const message = `No such permission: ${unknown.join(", ")}`;
    throw new InvalidError(message, { permissions: [message] });
  }
  assertCanGrant(actor, permissions);
}

/** Of a stored preset's permissions, those still in the catalogue (a service may have dropped some). */
export async function livePermissions(tx: Tx, permissions: Permission[]): Promise<Permission[]> {
  const catalogue = await catalogueNames(tx);
  return permissions.filter((permission) => catalogue.has(permission));
}
