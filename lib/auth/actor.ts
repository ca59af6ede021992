import { ForbiddenError } from "@/lib/errors";
import type { Permission } from "@/lib/permissions/catalogue";

/** Who performs an operation: a signed-in user, or a user's API key through /api/v1. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  /** Effective permissions: the user's, narrowed by the key's scopes when via a key. */
  permissions: ReadonlySet<Permission>;
  /** Set when the request came with an API key. */
  keyId?: string;
  /** Set when the request came with a console session (its Session row's id). */
  sessionId?: string;
  ip: string | null;
};

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

export function requirePermission(actor: Actor, permission: Permission): void {
  requireAnyPermission(actor, [permission]);
}

/** Holding one of `anyOf` is enough (e.g. who may change services may also see them). */
export function requireAnyPermission(actor: Actor, anyOf: readonly Permission[]): void {
  if (!anyOf.some((permission) => can(actor, permission))) throw new ForbiddenError(`This needs the ${anyOf.join(" or ")} permission.`, "permission_missing");
}
