import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { auditTarget, keyForActor } from "./access";
import { isExpired } from "./expiry";
import { apiKeyRefSchema, type ApiKeyRef } from "./schemas";

/**
 * The owner removes a revoked or expired key from their list. The row stays (administrators
 * still see it, the audit trail points at it, and a late use is answered "revoked").
 */
export async function hideApiKey({ actor, input }: { actor: Actor; input: ApiKeyRef }) {
  const { id } = apiKeyRefSchema.parse(input);
  return db.$transaction(async (tx) => {
    const key = await keyForActor(tx, actor, id);
    if (key.userId !== actor.userId) throw new ForbiddenError("Only the key's owner can remove it from their list.");
    if (key.status !== "REVOKED" && !isExpired(key.expiresAt, new Date())) {
      throw new ConflictError("Only revoked or expired keys can be removed from the list; revoke it first.");
    }
    if (key.hiddenAt) return { id };
    await tx.apiKey.update({ where: { id }, data: { hiddenAt: new Date() }, select: { id: true } });
    await recordAudit(tx, actor, { action: "api_key.hidden", target: auditTarget(key) });
    return { id };
  });
}
