import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { isSystem } from "@/lib/auth/system-actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { requireRecentConfirmation } from "@/lib/sessions/confirmation";
import { auditTarget, keyForActor, ownerDetails } from "./access";
import { apiKeyRefSchema, type ApiKeyRef } from "./schemas";
import { apiKeySelect, toApiKeySummary } from "./summary";

/**
 * Revokes a key for good (its owner, or api_keys:manage). Revoked keys stay listed so the
 * audit trail has a row to point at. Revoking a revoked key changes nothing (DELETE is idempotent).
 */
export async function revokeApiKey({ actor, input }: { actor: Actor; input: ApiKeyRef }) {
  const { id } = apiKeyRefSchema.parse(input);
  // Revoking one's own key only gives up access; revoking someone else's is an administrator's
  // destructive action, which needs a recent confirmation.
  const owner = await db.apiKey.findUnique({ where: { id }, select: { userId: true } });
  if (owner && owner.userId !== actor.userId) await requireRecentConfirmation(actor);
  return db.$transaction(async (tx) => {
    const before = await keyForActor(tx, actor, id);
    if (before.status === "REVOKED") return toApiKeySummary(before);
    const key = await tx.apiKey.update({
      where: { id },
      data: { status: "REVOKED", revokedAt: new Date(), revokedById: isSystem(actor) ? null : actor.userId },
      select: apiKeySelect,
    });
    await recordAudit(tx, actor, { action: "api_key.revoked", target: auditTarget(key), details: ownerDetails(actor, before) });
    return toApiKeySummary(key);
  });
}
