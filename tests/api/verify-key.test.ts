// POST /api/v1/keys/verify over real HTTP: a service checks its callers' keys with its own
// token. Every outcome for the key is a 200 with a code; the token itself is the credential.
import { describe, expect, it } from "vitest";
import { generateApiKey } from "@/lib/api-keys/format";
import { db } from "@/lib/db";
import { generateServiceToken } from "@/lib/services/token-format";
import { api, eventually, seedKey, seedServiceToken } from "../helpers/api";
import { seedService, seedUser } from "../helpers/seed";

/** A service with read and write, a token for it, and another service beside it. */
async function setUp() {
  const { service, permissions } = await seedService({ permissions: ["read", "write"] });
  const { service: other, permissions: otherPermissions } = await seedService({ permissions: ["read"] });
  const { token, row: tokenRow } = await seedServiceToken(service.id);
  return { service, read: permissions[0], write: permissions[1], other, otherRead: otherPermissions[0], token, tokenRow };
}

const verify = (token: string | undefined, body: unknown, server = 0) => api("/api/v1/keys/verify", { key: token, method: "POST", body, server });

describe("POST /api/v1/keys/verify: the key's outcome", () => {
  it("VALID: the key, its owner, its permissions in this service only, and its rate limit", async () => {
    const { read, otherRead, token } = await setUp();
    const { user } = await seedUser({ permissions: [read, otherRead, "users:read"] });
    const { key, row } = await seedKey(user.id, { rateLimit: 50 });
    const answer = await verify(token, { key, permission: read });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      valid: true,
      code: "VALID",
      keyId: row.id,
      owner: { id: user.id, email: user.email, name: user.name },
      permissions: [read],
      ratelimit: { limit: 50, remaining: 49, reset: expect.any(Number) },
    });
    // Without a permission to check, a valid key is VALID too.
    const plain = await verify(token, { key });
    expect(plain.body).toMatchObject({ valid: true, code: "VALID", ratelimit: { remaining: 48 } });
    // No key's rate-limit headers: the caller is the service, not the key.
    expect(answer.headers.get("ratelimit-limit")).toBeNull();
  });

  it("NOT_FOUND: an unknown key, something that is not a key, a service token", async () => {
    const { token } = await setUp();
    for (const key of [generateApiKey(), "", "not a key", "lk_\u0000\n", generateServiceToken(), token]) {
      const answer = await verify(token, { key });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ valid: false, code: "NOT_FOUND" });
    }
  });

  it("EXPIRED, DISABLED, REVOKED, OWNER_DISABLED, and nothing more about such keys", async () => {
    const { read, token } = await setUp();
    const { user } = await seedUser({ permissions: [read] });
    const { user: disabled } = await seedUser({ permissions: [read], status: "DISABLED" });
    const cases = [
      ["EXPIRED", (await seedKey(user.id, { expiresAt: new Date(Date.now() - 60_000) })).key],
      ["DISABLED", (await seedKey(user.id, { status: "DISABLED" })).key],
      ["REVOKED", (await seedKey(user.id, { status: "REVOKED" })).key],
      ["OWNER_DISABLED", (await seedKey(disabled.id)).key],
    ] as const;
    for (const [code, key] of cases) {
      const answer = await verify(token, { key, permission: read });
      expect(answer.status, code).toBe(200);
      expect(answer.body, code).toEqual({ valid: false, code });
    }
  });

  it("INSUFFICIENT_PERMISSIONS: the owner lacks it, or the key's scopes leave it out", async () => {
    const { read, write, token } = await setUp();
    const { user } = await seedUser({ permissions: [read, write] });
    const { key: narrowed, row } = await seedKey(user.id, { scopes: [read] });
    const answer = await verify(token, { key: narrowed, permission: write });
    expect(answer.body).toMatchObject({ valid: false, code: "INSUFFICIENT_PERMISSIONS", keyId: row.id, permissions: [read] });
    const { user: reader } = await seedUser({ permissions: [read] });
    const { key } = await seedKey(reader.id);
    expect((await verify(token, { key, permission: write })).body).toMatchObject({ valid: false, code: "INSUFFICIENT_PERMISSIONS", permissions: [read] });
    expect((await verify(token, { key, permission: read })).body).toMatchObject({ valid: true, code: "VALID" });
  });

  it("RATE_LIMITED: the check counts against the key's limit", async () => {
    const { read, token } = await setUp();
    const { user } = await seedUser({ permissions: [read] });
    const { key } = await seedKey(user.id, { rateLimit: 2 });
    expect((await verify(token, { key })).body).toMatchObject({ code: "VALID", ratelimit: { limit: 2, remaining: 1 } });
    expect((await verify(token, { key })).body).toMatchObject({ code: "VALID", ratelimit: { limit: 2, remaining: 0 } });
    const limited = await verify(token, { key, permission: read });
    expect(limited.status).toBe(200);
    expect(limited.body).toMatchObject({ valid: false, code: "RATE_LIMITED", ratelimit: { limit: 2, remaining: 0, reset: expect.any(Number) } });
    // The same budget as /api/v1: the key is spent there too.
    expect((await api("/api/v1/me", { key })).status).toBe(429);
  });

  it("a key bound to other services is NOT_FOUND here; bound to this one it is VALID", async () => {
    const { service, other, read, token } = await setUp();
    const { user } = await seedUser({ permissions: [read] });
    const { key: elsewhere, row: elsewhereRow } = await seedKey(user.id);
    await db.apiKey.update({ where: { id: elsewhereRow.id }, data: { serviceBound: true, services: { create: { serviceId: other.id } } } });
    expect((await verify(token, { key: elsewhere, permission: read })).body).toEqual({ valid: false, code: "NOT_FOUND" });
    const { key: here, row: hereRow } = await seedKey(user.id);
    await db.apiKey.update({ where: { id: hereRow.id }, data: { serviceBound: true, services: { create: [{ serviceId: service.id }, { serviceId: other.id }] } } });
    expect((await verify(token, { key: here, permission: read })).body).toMatchObject({ valid: true, code: "VALID", keyId: hereRow.id });
  });

  it("records the key's usage, per service too, and the token's last use, coalesced", async () => {
    const { service, token, tokenRow } = await setUp();
    const { user } = await seedUser();
    const { key, row } = await seedKey(user.id);
    await verify(token, { key });
    await eventually(async () => {
      expect((await db.apiKey.findUniqueOrThrow({ where: { id: row.id } })).usageCount).toBe(1);
      expect((await db.serviceToken.findUniqueOrThrow({ where: { id: tokenRow.id } })).lastUsedAt).not.toBeNull();
      const usage = await db.apiKeyServiceUsage.findUnique({ where: { apiKeyId_serviceId: { apiKeyId: row.id, serviceId: service.id } } });
      expect(usage?.requestCount).toBe(1);
    });
  });
});

describe("POST /api/v1/keys/verify: the service's own request", () => {
  it("refuses a permission of another service (403) and one its service does not define (422)", async () => {
    const { read, otherRead, service, token } = await setUp();
    const { user } = await seedUser({ permissions: [read, otherRead, "users:read"] });
    const { key } = await seedKey(user.id);
    for (const permission of [otherRead, "users:read"]) {
      const answer = await verify(token, { key, permission });
      expect(answer.status, permission).toBe(403);
      expect(answer.headers.get("content-type")).toContain("application/problem+json");
      expect(answer.body?.detail).toContain("A service token sees only its own service's permissions");
    }
    const undefinedHere = await verify(token, { key, permission: `${service.slug}:nope` });
    expect(undefinedHere.status).toBe(422);
    expect(undefinedHere.body?.errors).toEqual([{ field: "permission", message: `${service.slug} defines no such permission` }]);
    // None of these counted against the key.
    expect((await db.apiKey.findFirstOrThrow({ where: { userId: user.id } })).usageCount).toBe(0);
  });

  it("takes the token in either header; without one it is 401 with WWW-Authenticate", async () => {
    const { token } = await setUp();
    const viaHeader = await api("/api/v1/keys/verify", { method: "POST", headers: { "X-API-Key": token }, body: { key: generateApiKey() } });
    expect(viaHeader.status).toBe(200);
    const none = await verify(undefined, { key: generateApiKey() });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe('Bearer realm="latchkey"');
    expect((await verify(generateServiceToken(), { key: generateApiKey() })).status).toBe(401);
    expect((await verify("lks_malformed", { key: generateApiKey() })).status).toBe(401);
  });

  it("refuses an API key in place of the token (401), even an administrator's", async () => {
    const { user } = await seedUser({ admin: true });
    const { key } = await seedKey(user.id);
    const answer = await verify(key, { key });
    expect(answer.status).toBe(401);
    expect(answer.body?.detail).toMatch(/This is an API key: the verify API takes a service token/);
    expect(answer.text).not.toContain(key);
  });

  it("refuses a revoked token on the very next request, on either instance", async () => {
    const { token, tokenRow } = await setUp();
    expect((await verify(token, { key: generateApiKey() }, 0)).status).toBe(200);
    expect((await verify(token, { key: generateApiKey() }, 1)).status).toBe(200);
    await db.serviceToken.update({ where: { id: tokenRow.id }, data: { revokedAt: new Date() } });
    for (const server of [0, 1]) {
      const answer = await verify(token, { key: generateApiKey() }, server);
      expect(answer.status).toBe(401);
      expect(answer.body?.detail).toBe("This service token has been revoked.");
    }
  });

  it("sees a service's new permission at once", async () => {
    const { service, token } = await setUp();
    const { user } = await seedUser({ admin: true });
    const { key } = await seedKey(user.id);
    expect((await verify(token, { key, permission: `${service.slug}:export` })).status).toBe(422);
    await db.servicePermission.create({ data: { serviceId: service.id, name: "export" } });
    const answer = await verify(token, { key, permission: `${service.slug}:export` });
    expect(answer.body).toMatchObject({ valid: true, code: "VALID" });
    expect(answer.body?.permissions).toContain(`${service.slug}:export`);
  });
});
