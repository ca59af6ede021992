import "server-only";
// GET /api/forward-auth: the question a reverse proxy (NGINX auth_request, Traefik forwardAuth,
// Caddy forward_auth, Envoy ext_authz) asks before it lets a request through to a service —
// does this API key hold this service permission? 200 with the key's identity in headers, or
// a problem the proxy refuses the request with (docs/services.md "Forward-auth"). Outside
// /api/v1 and its document: proxies, not programs, call it, and it answers with headers.
import type { Context } from "hono";
import { MAX_FORWARDED_LENGTH, recordServiceUsage } from "@/lib/api-keys/service-usage";
import { recordUsage } from "@/lib/api-keys/usage";
import { requirePermission } from "@/lib/auth/actor";
import { clientIp } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { BadRequestError, ForbiddenError, TooManyRequestsError } from "@/lib/errors";
import { MAX_PERMISSION_LENGTH, PERMISSION_PATTERN, type Permission } from "@/lib/permissions/catalogue";
import { verifiedKey } from "./authenticate";
import { setAnswerHeaders, type ApiEnv } from "./env";
import { consumeRequest, rateLimitHeaders } from "./rate-limit";

export const FORWARD_AUTH_PATH = "/api/forward-auth";
export const PERMISSION_HEADER = "x-latchkey-permission";

type ServiceEntry = { id: string; slug: string; names: ReadonlySet<string> };

// The registered services by slug, read once per AuthVersion: a service's slug, its deletion
// and its permissions bump it (prisma/*/migrations/*_services), as verify.ts's catalogue does.
let services: { version: bigint; bySlug: Promise<Map<string, ServiceEntry>> } | null = null;

async function readServices(): Promise<Map<string, ServiceEntry>> {
  const rows = await db.service.findMany({ select: { id: true, slug: true, permissions: { select: { name: true } } } });
  return new Map(rows.map((row) => [row.slug, { id: row.id, slug: row.slug, names: new Set(row.permissions.map((permission) => permission.name)) }]));
}

function servicesAt(version: bigint): Promise<Map<string, ServiceEntry>> {
  if (services?.version !== version) {
    const bySlug = readServices();
    services = { version, bySlug };
    bySlug.catch(() => {
      if (services?.bySlug === bySlug) services = null;
    });
  }
  return services.bySlug;
}

/**
 * The permission asked about: `?permission=` first, else the X-Latchkey-Permission header.
 * Below /api/forward-auth (Envoy) the query is the original request's, the client's to
 * choose: there only the header counts, which Envoy's headers_to_add sets over the client's.
 */
function askedPermission(c: Context<ApiEnv>, below: boolean): Permission {
  const asked = (below ? undefined : c.req.query("permission")) ?? c.req.header(PERMISSION_HEADER);
  if (!asked) throw new BadRequestError("Name the permission to check: ?permission=<slug>:<name> or the X-Latchkey-Permission header.", 400, "permission_required");
  const permission = asked.trim();
  if (permission.length > MAX_PERMISSION_LENGTH || !PERMISSION_PATTERN.test(permission)) {
    throw new BadRequestError("The permission to check looks like <slug>:<name>, e.g. reports:read.", 400, "permission_required");
  }
  return permission;
}

const PRINTABLE = /^[\x20-\x7e]*$/;
/** A header value as is when it is printable ASCII, else percent-encoded (an internationalised address). */
const headerValue = (value: string) => (PRINTABLE.test(value) ? value : encodeURIComponent(value));
/** What the proxy says about the original request, bounded and printable, for the in-memory record. */
const forwarded = (value: string | undefined) => (value && PRINTABLE.test(value) ? value.slice(0, MAX_FORWARDED_LENGTH) : null);

export async function forwardAuth(c: Context<ApiEnv>): Promise<Response> {
  const suffix = c.req.path.slice(FORWARD_AUTH_PATH.length);
  const permission = askedPermission(c, suffix !== "");
  const headers = c.req.raw.headers;
  const ip = clientIp(headers);
  const { actor, rateLimit, boundServiceIds, authVersion } = await verifiedKey(headers, ip);

  const separator = permission.indexOf(":");
  const slug = permission.slice(0, separator);
  const service = (await servicesAt(authVersion)).get(slug);
  // Latchkey's own slugs are reserved: no service has them, so its permissions fail here too.
  if (!service || !service.names.has(permission.slice(separator + 1))) {
    throw new BadRequestError(
      service ? `The service ${slug} defines no permission ${permission}.` : `${permission} is not a service's permission; forward-auth checks only the permissions of registered services.`,
      400,
      "not_a_service_permission",
    );
  }
  if (boundServiceIds && !boundServiceIds.has(service.id)) throw new ForbiddenError(`This API key is bound to other services than ${slug}.`, "key_not_for_service");

  const limit = await consumeRequest(actor.keyId!, rateLimit);
  setAnswerHeaders(c, rateLimitHeaders(limit));
  recordUsage(actor.keyId!, ip);
  // The original request, from NGINX (X-Original-URI), Traefik and Caddy (X-Forwarded-*), or
  // Envoy, which asks at /api/forward-auth<original path> with the original method.
  recordServiceUsage(actor.keyId!, service.id, {
    method: forwarded(c.req.header("x-forwarded-method") ?? c.req.header("x-original-method") ?? (suffix ? c.req.method : undefined)),
    uri: forwarded(c.req.header("x-forwarded-uri") ?? c.req.header("x-original-uri") ?? (suffix || undefined)),
  });
  if (!limit.allowed) throw new TooManyRequestsError(`Rate limit of ${limit.limit} requests per minute exceeded for this key.`, limit.resetSeconds);
  requirePermission(actor, permission);

  const prefix = `${slug}:`;
  const held = [...actor.permissions].filter((name) => name.startsWith(prefix)).sort();
  // On node's response, as the rate-limit headers: no Headers object for the fetch Response.
  setAnswerHeaders(c, {
    // Said, not chunked: NGINX's auth_request reads only the headers, and reuses the
    // connection only when it knows there is no body left to read.
    "Content-Length": "0",
    "X-Latchkey-User-Id": actor.userId,
    "X-Latchkey-User-Email": headerValue(actor.email),
    "X-Latchkey-Key-Id": actor.keyId!,
    "X-Latchkey-Permissions": held.join(","),
  });
  return c.body(null, 200);
}
