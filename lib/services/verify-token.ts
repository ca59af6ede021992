import "server-only";
import { currentAuthVersion } from "@/lib/api-keys/auth-version";
import { isWellFormedApiKey } from "@/lib/api-keys/format";
import { keyFromRequest } from "@/lib/api-keys/verify";
import { db } from "@/lib/db";
import { UnauthorizedError } from "@/lib/errors";
import { hashServiceToken, isWellFormedServiceToken } from "./token-format";

/** The service a verified token speaks for, and the permissions that service defines. */
export type ServiceCaller = { tokenId: string; serviceId: string; slug: string; permissions: ReadonlySet<string> };

type TokenRecord = ServiceCaller & { version: bigint; revoked: boolean };

// Tokens seen recently, by hash, stamped with the AuthVersion they were read at (revoking or
// deleting a token, and changing a service's permissions, bump it): like lib/api-keys/verify.ts.
const MAX_CACHED_TOKENS = 1_000;
const cache = ((globalThis as unknown as { latchkeyTokenCache?: Map<string, TokenRecord> }).latchkeyTokenCache ??= new Map());

async function loadToken(hash: string, version: bigint): Promise<TokenRecord | null> {
  const found = await db.serviceToken.findUnique({
    where: { hash },
    select: { id: true, revokedAt: true, service: { select: { id: true, slug: true, permissions: { select: { name: true } } } } },
  });
  if (!found) return null;
  const { service } = found;
  return {
    version,
    tokenId: found.id,
    serviceId: service.id,
    slug: service.slug,
    permissions: new Set(service.permissions.map((permission) => `${service.slug}:${permission.name}`)),
    revoked: found.revokedAt !== null,
  };
}

async function tokenRecord(hash: string): Promise<TokenRecord | null> {
  const version = await currentAuthVersion();
  const cached = cache.get(hash);
  if (cached?.version === version) return cached;
  const record = await loadToken(hash, version);
  if (!record) return null;
  if (cache.size >= MAX_CACHED_TOKENS) cache.delete(cache.keys().next().value!);
  cache.set(hash, record);
  return record;
}

/**
 * Authenticates a service's request to the verify API. Every refusal is UnauthorizedError
 * (401): a missing, malformed, unknown or revoked token, and an API key sent in its place.
 */
export async function verifyServiceToken(headers: Headers): Promise<ServiceCaller> {
  const token = keyFromRequest(headers);
  if (token === null) throw new UnauthorizedError("Missing service token. Send it as Authorization: Bearer lks_… or X-API-Key: lks_….");
  if (isWellFormedApiKey(token)) {
    throw new UnauthorizedError("This is an API key: the verify API takes a service token (lks_…), made on the service's page. Send the key to check in the body.");
  }
  if (!isWellFormedServiceToken(token)) throw new UnauthorizedError("Malformed service token.");
  const record = await tokenRecord(hashServiceToken(token));
  if (!record) throw new UnauthorizedError("Unknown service token.");
  if (record.revoked) throw new UnauthorizedError("This service token has been revoked.");
  return { tokenId: record.tokenId, serviceId: record.serviceId, slug: record.slug, permissions: record.permissions };
}
