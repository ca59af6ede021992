import "server-only";
import type { MiddlewareHandler } from "hono";
import { recordUsage } from "@/lib/api-keys/usage";
import { isWellFormedApiKey } from "@/lib/api-keys/format";
import { keyFromRequest, verifyApiKey } from "@/lib/api-keys/verify";
import { requireAnyPermission } from "@/lib/auth/actor";
import { clientIp } from "@/lib/client-ip";
import { ForbiddenError, NotFoundError, TooManyRequestsError, UnauthorizedError } from "@/lib/errors";
import type { Permission } from "@/lib/permissions/catalogue";
import { isPlainText } from "@/lib/validation/text";
import { setAnswerHeaders, type ApiEnv } from "./env";
import { countBadKey, refuseWhileGuessing } from "./key-guessing";
import { consumeRequest, rateLimitHeaders } from "./rate-limit";

/**
 * verifyApiKey, limited per address: well-formed keys that match no key count towards a 429.
 * (A missing or malformed key costs no lookup and can never be right, so it is not a guess.)
 */
export async function verifiedKey(headers: Headers, ip: string | null) {
  await refuseWhileGuessing(ip);
  try {
    return await verifyApiKey(headers, ip);
  } catch (error) {
    const key = keyFromRequest(headers);
    if (error instanceof UnauthorizedError && key && isWellFormedApiKey(key)) await countBadKey(ip);
    throw error;
  }
}

/**
 * The middleware of every key-authenticated operation: verifies the key, counts the request
 * against the key's rate limit (every later answer carries the RateLimit headers), records
 * usage, then checks that the key holds one of the operation's permissions. Domain errors it throws become problem+json
 * in the app's error handler.
 */
export function authenticate(anyOf: readonly Permission[]): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const headers = c.req.raw.headers;
    const ip = clientIp(headers);
    const { actor, rateLimit, boundServiceIds } = await verifiedKey(headers, ip);
    // A key bound to services works for them only, not for Latchkey's own API.
    if (boundServiceIds) throw new ForbiddenError("This API key is bound to services and cannot call Latchkey's API.", "key_bound_to_services");
    const limit = await consumeRequest(actor.keyId!, rateLimit);
    setAnswerHeaders(c, rateLimitHeaders(limit));
    recordUsage(actor.keyId!, ip);
    if (!limit.allowed) throw new TooManyRequestsError(`Rate limit of ${limit.limit} requests per minute exceeded for this key.`, limit.resetSeconds);
    if (anyOf.length) requireAnyPermission(actor, anyOf);
    // Ids are plain text: one with a control character names nothing (and a NUL must never
    // reach PostgreSQL).
    if (!Object.values(c.req.param() as Record<string, string>).every((value) => isPlainText(value))) throw new NotFoundError("Resource");
    c.set("actor", actor);
    await next();
  };
}
