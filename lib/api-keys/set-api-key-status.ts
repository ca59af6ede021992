import "server-only";
import { can, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { requireRecentConfirmation } from "@/lib/sessions/confirmation";
import { auditTarget, keyForActor, ownerDetails, refuseIfRevoked } from "./access";
import { isExpired } from "./expiry";
import { apiKeyRefSchema, type ApiKeyRef } from "./schemas";
import { apiKeySelect, toApiKeySummary } from "./summary";

/** Stops a key working until it is enabled again. Disabling a disabled key changes nothing. */
export async function disableApiKey({ actor, input }: { actor: Actor; input: ApiKeyRef }) {
  const { id } = apiKeyRefSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await keyForActor(tx, actor, id);
    refuseIfRevoked(before, "This key is revoked; it cannot be disabled.");
    if (before.status === "DISABLED") return toApiKeySummary(before);
    const key = await tx.apiKey.update({ where: { id }, data: { status: "DISABLED", disabledById: actor.userId }, select: apiKeySelect });
    await recordAudit(tx, actor, { action: "api_key.disabled", target: auditTarget(key), details: ownerDetails(actor, before) });
    return toApiKeySummary(key);
  });
}

export const DISABLED_BY_ADMINISTRATOR = "An administrator disabled this key; ask one to enable it again.";

/**
 * Lets a disabled key work again. An owner may undo only their own disabling: a key an
 * administrator disabled stays off until someone with api_keys:manage enables it.
 */
export async function enableApiKey({ actor, input }: { actor: Actor; input: ApiKeyRef }) {
  const { id } = apiKeyRefSchema.parse(input);
  await requireRecentConfirmation(actor);
  return db.$transaction(async (tx) => {
    const now = new Date();
    const before = await keyForActor(tx, actor, id);
    refuseIfRevoked(before, "This key is revoked; it cannot be enabled.");
    if (isExpired(before.expiresAt, now)) throw new ConflictError("This key has expired; create a new one instead.");
    if (before.status === "ACTIVE") return toApiKeySummary(before, now);
    if (before.disabledById !== before.userId && !can(actor, "api_keys:manage")) throw new ForbiddenError(DISABLED_BY_ADMINISTRATOR);
    const key = await tx.apiKey.update({ where: { id }, data: { status: "ACTIVE", disabledById: null }, select: apiKeySelect });
    await recordAudit(tx, actor, { action: "api_key.enabled", target: auditTarget(key), details: ownerDetails(actor, before) });
    return toApiKeySummary(key, now);
  });
}
