import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ForbiddenError, InvalidError } from "@/lib/errors";
import { getApiKeyPolicy } from "@/lib/settings/api-key-policy";
import type { ApiKeyPolicy } from "@/lib/settings/schemas";
import { requireRecentConfirmation } from "@/lib/sessions/confirmation";
import { assertNameAvailable, auditTarget } from "./access";
import { EXPIRATION_PRESETS, latestExpiry, presetExpiresAt } from "./expiry";
import { displayPrefix, generateApiKey, hashApiKey } from "./format";
import { bindableServices, presetScopes } from "./key-access";
import { createApiKeySchema, type CreateApiKeyInput } from "./schemas";
import { apiKeySelect, toApiKeySummary } from "./summary";

/** When the new key expires, or null for never; refuses what the policy does not allow. */
function resolveExpiry(input: CreateApiKeyInput, policy: ApiKeyPolicy, now: Date): Date | null {
  const tooLong = `Keys may live at most ${policy.maxLifetimeDays} days (the administrators' policy)`;
  if (input.expiration === "never") {
    if (!policy.allowNoExpiration) throw new InvalidError("Keys must expire", { expiration: ["Keys must expire (the administrators' policy)"] });
    return null;
  }
  if (input.expiration === "custom") {
    const expiresAt = new Date(input.customExpiresAt ?? "");
    if (Number.isNaN(expiresAt.getTime())) throw new InvalidError("Choose a date", { customExpiresAt: ["Choose a date"] });
    if (expiresAt <= now) throw new InvalidError("Choose a date in the future", { customExpiresAt: ["Choose a date in the future"] });
    if (expiresAt > latestExpiry(policy, now)) throw new InvalidError(tooLong, { customExpiresAt: [tooLong] });
    return expiresAt;
  }
  if (EXPIRATION_PRESETS[input.expiration] > policy.maxLifetimeDays) throw new InvalidError(tooLong, { expiration: [tooLong] });
  return presetExpiresAt(input.expiration, now);
}

/**
 * Creates a personal key for the actor. The plaintext is returned here, once, for the reveal
 * dialog: only its hash is stored, and it goes into no log and no audit event.
 */
export async function createApiKey({ actor, input }: { actor: Actor; input: CreateApiKeyInput }) {
  requirePermission(actor, "api_keys:create");
  // Keys are personal and made in the console: a key able to mint keys would survive its own revocation.
  if (actor.keyId) throw new ForbiddenError("API keys are created in the console, not with another API key.");
  const data = createApiKeySchema.parse(input);
  await requireRecentConfirmation(actor);

  const chosen = data.access === "choose" ? [...new Set(data.scopes)].sort() : null;
  const notHeld = (chosen ?? []).filter((permission) => !actor.permissions.has(permission));
  if (notHeld.length > 0) {
    const message = `A key cannot have permissions you do not hold: ${notHeld.join(", ")}`;
    throw new InvalidError(message, { scopes: [message] });
  }

  const plaintext = generateApiKey();
  const key = await db.$transaction(async (tx) => {
    const now = new Date();
    const expiresAt = resolveExpiry(data, await getApiKeyPolicy(tx), now);
    await assertNameAvailable(tx, { userId: actor.userId, name: data.name, now });
    const preset = data.access === "preset" ? await presetScopes(tx, actor, data.presetId ?? "") : null;
    const scopes = preset?.scopes ?? chosen;
    const services = await bindableServices(tx, actor, data.services ?? []);
    const created = await tx.apiKey.create({
      data: {
        userId: actor.userId,
        name: data.name,
        description: data.description,
        prefix: displayPrefix(plaintext),
        hash: hashApiKey(plaintext),
        scopes: scopes ? JSON.stringify(scopes) : null,
        expiresAt,
        serviceBound: services.length > 0,
        services: { create: services.map((service) => ({ serviceId: service.id })) },
      },
      select: apiKeySelect,
    });
    await recordAudit(tx, actor, {
      action: "api_key.created",
      target: auditTarget(created),
      details: { name: created.name, prefix: created.prefix, expiresAt: expiresAt?.toISOString() ?? null, scopes: scopes ?? "inherit",
        ...(preset && { preset: { id: preset.id, name: preset.name, notHeld: preset.notHeld } }),
        ...(services.length > 0 && { boundServices: services.map((service) => service.slug) }),
      },
    });
    return toApiKeySummary(created, now);
  });
  return { key, plaintext };
}
