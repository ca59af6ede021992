import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { auditTarget, keyForActor, ownerDetails, refuseIfRevoked } from "./access";
import { setApiKeyRateLimitSchema, type SetApiKeyRateLimitInput } from "./schemas";
import { apiKeySelect, toApiKeySummary } from "./summary";

/** Administrators give one key its own limit (requests per minute), or null for the policy default. */
export async function setApiKeyRateLimit({ actor, input }: { actor: Actor; input: SetApiKeyRateLimitInput }) {
  // Even on one's own key: owners must not lift their own limit.
  requirePermission(actor, "api_keys:manage");
  const { id, rateLimit } = setApiKeyRateLimitSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await keyForActor(tx, actor, id);
    refuseIfRevoked(before);
    if (before.rateLimit === rateLimit) return toApiKeySummary(before);
    const key = await tx.apiKey.update({ where: { id }, data: { rateLimit }, select: apiKeySelect });
    await recordAudit(tx, actor, {
      action: "api_key.rate_limit_changed",
      target: auditTarget(key),
      details: { rateLimit: { before: before.rateLimit, after: rateLimit }, ...ownerDetails(actor, before) },
    });
    return toApiKeySummary(key);
  });
}
