import "server-only";
// What a new key may hold and where it may work, decided on the server from what the actor
// holds now: the dialog's preview is a courtesy, never trusted.
import { parsePresetPermissions } from "@/lib/access-presets/summary";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { InvalidError } from "@/lib/errors";
import type { Permission } from "@/lib/permissions/catalogue";

export const NO_SUCH_PRESET = "That preset no longer exists";
export const NOTHING_OF_PRESET = "You hold none of this preset's permissions";

/** A preset's permissions that the actor holds (a preset never grants more than its user holds), and those left out. */
export async function presetScopes(tx: Tx, actor: Actor, presetId: string) {
  const preset = await tx.accessPreset.findUnique({ where: { id: presetId }, select: { id: true, name: true, permissions: true } });
  if (!preset) throw new InvalidError(NO_SUCH_PRESET, { presetId: [NO_SUCH_PRESET] });
  const permissions = parsePresetPermissions(preset.permissions);
  const scopes = permissions.filter((permission) => actor.permissions.has(permission)).sort();
  if (scopes.length === 0) throw new InvalidError(NOTHING_OF_PRESET, { presetId: [NOTHING_OF_PRESET] });
  const notHeld: Permission[] = permissions.filter((permission) => !actor.permissions.has(permission));
  return { id: preset.id, name: preset.name, scopes, notHeld };
}

export const CANNOT_BIND = "You can bind a key only to services you hold a permission of";

/** The services a key may be bound to: registered ones of which the actor holds at least one permission. */
export async function bindableServices(tx: Tx, actor: Actor, serviceIds: string[]) {
  if (serviceIds.length === 0) return [];
  const ids = [...new Set(serviceIds)];
  const services = await tx.service.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true }, orderBy: { slug: "asc" } });
  const holdsSome = (slug: string) => [...actor.permissions].some((permission) => permission.startsWith(`${slug}:`));
  if (services.length !== ids.length || !services.every((service) => holdsSome(service.slug))) {
    throw new InvalidError(CANNOT_BIND, { services: [CANNOT_BIND] });
  }
  return services;
}
