import "server-only";
import { isWellFormedApiKey } from "@/lib/api-keys/format";
import { recordServiceUsage } from "@/lib/api-keys/service-usage";
import { recordUsage } from "@/lib/api-keys/usage";
import { verifyApiKey, type VerifiedKey } from "@/lib/api-keys/verify";
import { consumeRequest } from "@/lib/api/rate-limit";
import { ForbiddenError, InvalidError, UnauthorizedError, type ErrorCode } from "@/lib/errors";
import type { VerifyCode, VerifyKeyAnswer, VerifyKeyBody } from "./verify-schemas";
import type { ServiceCaller } from "./verify-token";

const REFUSALS: Partial<Record<ErrorCode, VerifyCode>> = {
  key_expired: "EXPIRED",
  key_disabled: "DISABLED",
  key_revoked: "REVOKED",
  owner_disabled: "OWNER_DISABLED",
};

/** The key, verified as /api/v1 verifies it, or the code saying why it is not. */
async function verified(key: string, ip: string | null): Promise<VerifiedKey | VerifyCode> {
  // Not a key at all: no header can carry every text, and nothing to look up.
  if (!isWellFormedApiKey(key)) return "NOT_FOUND";
  try {
    return await verifyApiKey(new Headers({ "x-api-key": key }), ip);
  } catch (error) {
    if (error instanceof UnauthorizedError) return "NOT_FOUND";
    const code = error instanceof ForbiddenError && error.code ? REFUSALS[error.code] : undefined;
    if (code) return code;
    throw error;
  }
}

/**
 * Checks a key for the service whose token called (POST /api/v1/keys/verify). Every outcome
 * for the key is an answer, not an error; only the service's own mistakes throw: a permission
 * of another service (403) or one its service does not define (422). A key that is valid here
 * counts against its rate limit and its usage, as a request to /api/v1 would.
 *
 * Unknown keys in the body are not counted towards the per-address guessing limit: the
 * address is the service's, and one user trying keys must not lock every user of it out.
 */
export async function verifyKeyForService({ service, input, ip }: { service: ServiceCaller; input: VerifyKeyBody; ip: string | null }): Promise<VerifyKeyAnswer> {
  if (input.permission !== undefined) {
    if (!input.permission.startsWith(`${service.slug}:`)) {
      throw new ForbiddenError(`A service token sees only its own service's permissions: ${input.permission} is not a permission of ${service.slug}.`);
    }
    if (!service.permissions.has(input.permission)) {
      throw new InvalidError(`The service ${service.slug} defines no permission ${input.permission}.`, { permission: [`${service.slug} defines no such permission`] });
    }
  }

  const result = await verified(input.key, ip);
  if (typeof result === "string") return { valid: false, code: result };
  // A key bound to other services does not exist for this one: the service learns nothing
  // about it (not even its owner), exactly as for an unknown key.
  if (result.boundServiceIds && !result.boundServiceIds.has(service.serviceId)) return { valid: false, code: "NOT_FOUND" };

  const { actor } = result;
  const keyId = actor.keyId!;
  const limit = await consumeRequest(keyId, result.rateLimit);
  recordUsage(keyId, ip);
  recordServiceUsage(keyId, service.serviceId);
  const known = {
    keyId,
    owner: { id: actor.userId, email: actor.email, name: actor.name },
    permissions: [...actor.permissions].filter((permission) => service.permissions.has(permission)).sort(),
    ratelimit: { limit: limit.limit, remaining: limit.remaining, reset: limit.resetSeconds },
  };
  if (!limit.allowed) return { valid: false, code: "RATE_LIMITED", ...known };
  if (input.permission !== undefined && !actor.permissions.has(input.permission)) return { valid: false, code: "INSUFFICIENT_PERMISSIONS", ...known };
  return { valid: true, code: "VALID", ...known };
}
