import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { changes, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { assertNameAvailable, auditTarget, keyForActor, ownerDetails, refuseIfRevoked } from "./access";
import { updateApiKeySchema, type UpdateApiKeyInput } from "./schemas";
import { apiKeySelect, toApiKeySummary } from "./summary";

/** Renames a key or changes its description (its owner, or api_keys:manage). */
export async function updateApiKey({ actor, input }: { actor: Actor; input: UpdateApiKeyInput }) {
  const { id, ...data } = updateApiKeySchema.parse(input);
  return db.$transaction(async (tx) => {
    const now = new Date();
    const before = await keyForActor(tx, actor, id);
    refuseIfRevoked(before);
    if (data.name !== before.name) await assertNameAvailable(tx, { userId: before.userId, name: data.name, exceptId: id, now });
    const diff = changes(before, data);
    if (Object.keys(diff).length === 0) return toApiKeySummary(before, now);
    const key = await tx.apiKey.update({ where: { id }, data, select: apiKeySelect });
    await recordAudit(tx, actor, { action: "api_key.updated", target: auditTarget(key), details: { ...diff, ...ownerDetails(actor, before) } });
    return toApiKeySummary(key, now);
  });
}
