import "server-only";
import { can, requirePermission, type Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { isPostgres } from "@/lib/db/url";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { apiKeyWithOwnerSelect } from "./summary";

/**
 * The key `id` if the actor may act on it: its owner, or a holder of api_keys:manage.
 * Anyone else gets NotFound, so ids of other people's keys reveal nothing.
 */
export async function keyForActor(tx: Tx, actor: Actor, id: string) {
  const key = await tx.apiKey.findUnique({ where: { id }, select: { ...apiKeyWithOwnerSelect, hiddenAt: true } });
  if (!key || (key.userId !== actor.userId && !can(actor, "api_keys:manage"))) throw new NotFoundError("API key");
  requireKeyManagementScope(actor, key.userId);
  return key;
}

/**
 * Through the API the key itself must hold the key permissions, not only its owner: a key
 * narrowed to users:read neither lists nor revokes its owner's other keys.
 */
export function requireKeyManagementScope(actor: Actor, ownerId: string): void {
  if (actor.keyId) requirePermission(actor, ownerId === actor.userId ? "api_keys:create" : "api_keys:manage");
}

export function auditTarget(key: { id: string; name: string; prefix: string }) {
  return { type: "api_key", id: key.id, label: `${key.name} (${key.prefix}…)` };
}

/** Audit context for an administrator acting on someone else's key. */
export function ownerDetails(actor: Actor, key: { userId: string; user: { email: string } }) {
  return key.userId === actor.userId ? {} : { owner: key.user.email };
}

export function refuseIfRevoked(key: { status: string }, message = "This key is revoked; a revoked key cannot be changed."): void {
  if (key.status === "REVOKED") throw new ConflictError(message);
}

export const NAME_IN_USE = "You already have an active key with this name";

/**
 * Names are unique among the owner's live keys (not revoked, not expired): a disabled key can
 * come back, so it keeps its name; an expired or revoked one cannot, so its name is free again.
 * That rule cannot be a unique index, so the check first locks the owner's row: a concurrent
 * create or rename for the same owner waits here and then sees this one's key. (SQLite needs
 * no lock: its transactions hold the database's write lock, lib/db/sqlite.ts.)
 */
export async function assertNameAvailable(tx: Tx, { userId, name, exceptId, now }: { userId: string; name: string; exceptId?: string; now: Date }) {
  if (isPostgres()) await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  const clash = await tx.apiKey.findFirst({
    where: {
      userId,
      name,
      status: { not: "REVOKED" },
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true },
  });
  if (clash) throw new ConflictError(NAME_IN_USE, { name: [NAME_IN_USE] });
}
