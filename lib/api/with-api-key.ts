import "server-only";
import { createHash } from "node:crypto";
import { recordUsage } from "@/lib/api-keys/usage";
import { isWellFormedApiKey } from "@/lib/api-keys/format";
import { keyFromRequest, verifyApiKey } from "@/lib/api-keys/verify";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { clientIp } from "@/lib/client-ip";
import { NotFoundError, TooManyRequestsError, UnauthorizedError } from "@/lib/errors";
import { withHeaders } from "@/lib/http/security-headers";
import type { Permission } from "@/lib/permissions/catalogue";
import { isPlainText } from "@/lib/validation/text";
import { countBadKey, refuseWhileGuessing } from "./key-guessing";
import { problemFor, problemResponse } from "./problem";
import { consumeRequest, rateLimitHeaders } from "./rate-limit";

type RouteContext<Params> = { params: Promise<Params> };
export type ApiContext<Params> = { request: Request; actor: Actor; params: Params };

/**
 * JSON for `data`; GET answers carry an ETag and become 304 when the client sends that tag.
 * `If-None-Match: *` is not honoured: a client that never saw the data must get it.
 */
function jsonResponse(request: Request, data: object): Response {
  const body = JSON.stringify(data);
  if (request.method !== "GET") return new Response(body, { headers: { "Content-Type": "application/json" } });
  const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = { "Content-Type": "application/json", ETag: etag };
  const known = request.headers.get("if-none-match")?.split(",").map((tag) => tag.trim());
  if (known?.includes(etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}

function errorResponse(error: unknown, request: Request): Response {
  const mapped = problemFor(error);
  if (mapped) return problemResponse(mapped.problem, mapped.headers);
  console.error("API request failed:", request.method, new URL(request.url).pathname, error);
  return problemResponse({ title: "Internal Server Error", status: 500, detail: "Something went wrong on our side." });
}

/**
 * verifyApiKey, limited per address: well-formed keys that match no key count towards a 429.
 * (A missing or malformed key costs no lookup and can never be right, so it is not a guess.)
 */
async function verifiedKey(headers: Headers, ip: string | null) {
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
 * The one wrapper of every key-authenticated /api/v1 route: verifies the key, counts the
 * request against the key's rate limit, records usage, checks the permission, runs the
 * handler and turns domain errors into problem+json. Every answer after authentication
 * carries the RateLimit-* headers. A handler returns a Response, or data sent as JSON (200).
 */
export function withApiKey<Params extends Record<string, string> = Record<string, never>>(
  options: { permission?: Permission },
  handler: (context: ApiContext<Params>) => Promise<Response | object>,
) {
  return async (request: Request, context: RouteContext<Params>): Promise<Response> => {
    // Answers carry personal data: no cache may keep them.
    let headers: Record<string, string> = { "Cache-Control": "no-store" };
    try {
      const ip = clientIp(request.headers);
      const { actor, rateLimit } = await verifiedKey(request.headers, ip);
      const limit = await consumeRequest(actor.keyId!, rateLimit);
      headers = { ...headers, ...rateLimitHeaders(limit) };
      recordUsage(actor.keyId!, ip);
      if (!limit.allowed) {
        throw new TooManyRequestsError(`Rate limit of ${limit.limit} requests per minute exceeded for this key.`, limit.resetSeconds);
      }
      if (options.permission) requirePermission(actor, options.permission);
      const params = await context.params;
      // Ids are plain text: one with a control character names nothing (and a NUL must never
      // reach PostgreSQL). Routes without dynamic segments get no params object at all.
      if (!Object.values(params ?? {}).every((value) => isPlainText(value))) throw new NotFoundError("Resource");
      const result = await handler({ request, actor, params });
      return withHeaders(result instanceof Response ? result : jsonResponse(request, result), headers);
    } catch (error) {
      return withHeaders(errorResponse(error, request), headers);
    }
  };
}
