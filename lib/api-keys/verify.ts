import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import type { Permission } from "@/lib/permissions/catalogue";
import { catalogueNames } from "@/lib/permissions/catalogue-reads";
import { GROUP_GRANTS_SELECT, permissionsOfGroups, permissionsOfKey } from "@/lib/permissions/holdings";
import { getApiKeyPolicy } from "@/lib/settings/api-key-policy";
import { currentAuthVersion } from "./auth-version";
import { hashApiKey, isWellFormedApiKey } from "./format";

/** The key a request carries: `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function keyFromRequest(headers: Headers): string | null {
  const authorization = headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match ? match[1] : "";
  }
  return headers.get("x-api-key")?.trim() ?? null;
}

/**
 * What a verified key may do, and the limits that apply to it. `boundServiceIds` is null for
 * a key that is not bound to services; otherwise it works only for those (none: nowhere).
 * `authVersion` is the AuthVersion the answer is current at, for callers that cache more by it.
 */
export type VerifiedKey = { actor: Actor; rateLimit: number; boundServiceIds: ReadonlySet<string> | null; authVersion: bigint };

type KeyRecord = {
  version: bigint;
  keyId: string;
  status: "ACTIVE" | "DISABLED" | "REVOKED";
  expiresAt: number | null;
  owner: { id: string; email: string; name: string; active: boolean };
  permissions: ReadonlySet<Permission>;
  rateLimit: number;
  boundServiceIds: ReadonlySet<string> | null;
};

// Keys seen recently, by hash, each stamped with the AuthVersion it was read at. A stamp
// that differs from the current version means something changed: the key is read again.
const MAX_CACHED_KEYS = 10_000;
const cache = ((globalThis as unknown as { latchkeyKeyCache?: Map<string, KeyRecord> }).latchkeyKeyCache ??= new Map());

// The catalogue's names, read once per AuthVersion (services' permissions bump it).
let catalogue: { version: bigint; names: Promise<Set<Permission>> } | null = null;
function catalogueAt(version: bigint): Promise<Set<Permission>> {
  if (catalogue?.version !== version) {
    const names = catalogueNames(db);
    catalogue = { version, names };
    names.catch(() => {
      if (catalogue?.names === names) catalogue = null;
    });
  }
  return catalogue.names;
}

async function loadKey(hash: string, version: bigint): Promise<KeyRecord | null> {
  const [found, policy, names] = await Promise.all([
    db.apiKey.findUnique({
      where: { hash },
      select: {
        id: true,
        status: true,
        expiresAt: true,
        scopes: true,
        rateLimit: true,
        serviceBound: true,
        services: { select: { serviceId: true } },
        user: {
          select: {
            id: true,
            email: true,
            name: true,
            status: true,
            memberships: { select: { group: { select: GROUP_GRANTS_SELECT } } },
          },
        },
      },
    }),
    getApiKeyPolicy(),
    catalogueAt(version),
  ]);
  if (!found) return null;
  return {
    version,
    keyId: found.id,
    status: found.status,
    expiresAt: found.expiresAt?.getTime() ?? null,
    owner: { id: found.user.id, email: found.user.email, name: found.user.name, active: found.user.status === "ACTIVE" },
    permissions: permissionsOfKey(found.scopes, permissionsOfGroups(found.user.memberships.map((membership) => membership.group), names)),
    rateLimit: found.rateLimit ?? policy.defaultRateLimit,
    boundServiceIds: found.serviceBound ? new Set(found.services.map((binding) => binding.serviceId)) : null,
  };
}

async function keyRecord(hash: string): Promise<KeyRecord | null> {
  const version = await currentAuthVersion();
  const cached = cache.get(hash);
  if (cached?.version === version) return cached;
  const record = await loadKey(hash, version);
  if (!record) return null;
  if (cache.size >= MAX_CACHED_KEYS) cache.delete(cache.keys().next().value!);
  cache.set(hash, record);
  return record;
}

const formatDate = (time: number) => new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * Authenticates an API request. Missing, malformed or unknown keys are UnauthorizedError
 * (401); expired, disabled or revoked keys and disabled owners are ForbiddenError (403).
 */
export async function verifyApiKey(headers: Headers, ip: string | null): Promise<VerifiedKey> {
  const key = keyFromRequest(headers);
  if (key === null) throw new UnauthorizedError("Missing API key. Send it as Authorization: Bearer <key> or X-API-Key: <key>.");
  // The checksum rejects mistyped or made-up keys before any database read.
  if (!isWellFormedApiKey(key)) throw new UnauthorizedError("Malformed API key.");

  const record = await keyRecord(hashApiKey(key));
  if (!record) throw new UnauthorizedError("Unknown API key.");
  if (record.status === "REVOKED") throw new ForbiddenError("This API key has been revoked.", "key_revoked");
  if (record.status === "DISABLED") throw new ForbiddenError("This API key is disabled.", "key_disabled");
  if (record.expiresAt !== null && record.expiresAt <= Date.now()) throw new ForbiddenError(`This API key expired at ${formatDate(record.expiresAt)}.`, "key_expired");
  if (!record.owner.active) throw new ForbiddenError("The owner of this API key is disabled.", "owner_disabled");
  return {
    actor: { userId: record.owner.id, email: record.owner.email, name: record.owner.name, permissions: record.permissions, keyId: record.keyId, ip },
    rateLimit: record.rateLimit,
    boundServiceIds: record.boundServiceIds,
    authVersion: record.version,
  };
}
