import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { PERMISSIONS, isPermission, type Permission } from "@/lib/permissions/catalogue";
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

/** The key's effective permissions: its scopes (or everything) ∩ the owner's permissions now. */
export function effectivePermissions(scopes: string | null, ownerPermissions: ReadonlySet<Permission>): Set<Permission> {
  const allowed: readonly string[] = scopes === null ? PERMISSIONS : (JSON.parse(scopes) as string[]);
  return new Set(allowed.filter(isPermission).filter((permission) => ownerPermissions.has(permission)));
}

const formatDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * Authenticates an API request. Missing, malformed or unknown keys are UnauthorizedError
 * (401); expired, disabled or revoked keys and disabled owners are ForbiddenError (403).
 */
export async function authenticateApiKey(headers: Headers, ip: string | null): Promise<Actor> {
  const key = keyFromRequest(headers);
  if (key === null) throw new UnauthorizedError("Missing API key. Send it as Authorization: Bearer <key> or X-API-Key: <key>.");
  // The checksum rejects mistyped or made-up keys before any database read.
  if (!isWellFormedApiKey(key)) throw new UnauthorizedError("Malformed API key.");

  const found = await db.apiKey.findUnique({
    where: { hash: hashApiKey(key) },
    select: {
      id: true,
      status: true,
      expiresAt: true,
      scopes: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          status: true,
          memberships: { select: { group: { select: { builtIn: true, permissions: { select: { permission: true } } } } } },
        },
      },
    },
  });
  if (!found) throw new UnauthorizedError("Unknown API key.");
  if (found.status === "REVOKED") throw new ForbiddenError("This API key has been revoked.");
  if (found.status === "DISABLED") throw new ForbiddenError("This API key is disabled.");
  if (found.expiresAt && found.expiresAt <= new Date()) throw new ForbiddenError(`This API key expired at ${formatDate(found.expiresAt)}.`);
  if (found.user.status !== "ACTIVE") throw new ForbiddenError("The owner of this API key is disabled.");

  const groups = found.user.memberships.map((membership) => membership.group);
  const owner = new Set<Permission>(
    groups.some((group) => group.builtIn) ? PERMISSIONS : groups.flatMap((group) => group.permissions.map((p) => p.permission)).filter(isPermission),
  );
  return {
    userId: found.user.id,
    email: found.user.email,
    name: found.user.name,
    permissions: effectivePermissions(found.scopes, owner),
    keyId: found.id,
    ip,
  };
}
