// GET /api/forward-auth, as a reverse proxy asks it: real HTTP against the production servers.
import { describe, expect, inject, it } from "vitest";
import { generateApiKey } from "@/lib/api-keys/format";
import { db } from "@/lib/db";
import { startServer } from "../../scripts/server";
import { api, eventually, seedKey } from "../helpers/api";
import { seedGroup, seedService, seedUser } from "../helpers/seed";

const PROBLEM = "application/problem+json";

async function ask(permission: string | null, { key, headers = {}, server = 0, query = true }: { key?: string; headers?: Record<string, string>; server?: number; query?: boolean } = {}) {
  const path = permission !== null && query ? `/api/forward-auth?permission=${encodeURIComponent(permission)}` : "/api/forward-auth";
  return api(path, { key, server, headers: { ...(permission !== null && !query ? { "X-Latchkey-Permission": permission } : {}), ...headers } });
}

function expectProblem(answer: Awaited<ReturnType<typeof api>>, status: number, code: string) {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get("content-type")).toContain(PROBLEM);
  expect(answer.headers.get("cache-control")).toBe("no-store");
  expect(answer.body).toMatchObject({ status, code, type: `/docs/api#problem-${code}` });
}

/** A service with read and write, and a user granted `granted` of it through a group. */
async function serviceAndUser(granted: string[] = ["read"], options: { rateLimit?: number } = {}) {
  const { service, permissions } = await seedService({ permissions: ["read", "write"] });
  const group = await seedGroup({ permissions: granted.map((name) => `${service.slug}:${name}`) });
  const { user } = await seedUser();
  await db.membership.create({ data: { userId: user.id, groupId: group.id } });
  const { key, row } = await seedKey(user.id, { rateLimit: options.rateLimit ?? 100_000 });
  return { service, permissions, group, user, key, row };
}

describe("forward-auth", () => {
  it("answers 200 with the key's identity and its permissions for that service only", async () => {
    const { service, user, key, row } = await serviceAndUser(["read", "write"]);
    // A permission of another service and one of Latchkey's own, which the header must not list.
    const other = await seedService();
    const extra = await seedGroup({ permissions: [other.permissions[0], "users:read"] });
    await db.membership.create({ data: { userId: user.id, groupId: extra.id } });

    const answer = await ask(`${service.slug}:read`, { key });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.text).toBe("");
    expect(answer.headers.get("content-length")).toBe("0");
    expect(answer.headers.get("x-latchkey-user-id")).toBe(user.id);
    expect(answer.headers.get("x-latchkey-user-email")).toBe(user.email);
    expect(answer.headers.get("x-latchkey-key-id")).toBe(row.id);
    expect(answer.headers.get("x-latchkey-permissions")).toBe(`${service.slug}:read,${service.slug}:write`);
    expect(answer.headers.get("ratelimit-limit")).toBe("100000");
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.headers.get("x-request-id")).toBeTruthy();
  });

  it("takes the permission from the query or from X-Latchkey-Permission, and the key as Bearer or X-API-Key", async () => {
    const { service, key } = await serviceAndUser();
    expect((await ask(`${service.slug}:read`, { key, query: false })).status).toBe(200);
    expect((await ask(`${service.slug}:read`, { headers: { "X-API-Key": key } })).status).toBe(200);
    // Any method and a path below, as Envoy asks.
    const envoy = await api(`/api/forward-auth/some/original/path?x=1`, { key, method: "POST", headers: { "X-Latchkey-Permission": `${service.slug}:read` } });
    expect(envoy.status, envoy.text).toBe(200);
    // There the query is the original request's: a client cannot choose the permission with it.
    const chosen = await api(`/api/forward-auth/page?permission=${service.slug}:read`, { key });
    expectProblem(chosen, 400, "permission_required");
  });

  it("answers 400 for a missing or malformed permission and for one that is no service's", async () => {
    const { service, key } = await serviceAndUser();
    expectProblem(await ask(null, { key }), 400, "permission_required");
    expectProblem(await ask("not a permission", { key }), 400, "permission_required");
    expectProblem(await ask("Reports:read", { key, query: false }), 400, "permission_required");
    // Latchkey's own permissions are never granted through forward-auth, nor unknown services' or names.
    const admin = (await seedKey((await seedUser({ admin: true })).user.id)).key;
    expectProblem(await ask("users:read", { key: admin }), 400, "not_a_service_permission");
    expectProblem(await ask("nosuchservice:read", { key }), 400, "not_a_service_permission");
    const unknownName = await ask(`${service.slug}:delete`, { key });
    expectProblem(unknownName, 400, "not_a_service_permission");
    expect(unknownName.body?.detail).toMatch(/defines no permission/);
  });

  it("answers 401 with WWW-Authenticate for a missing or unknown key", async () => {
    const { service } = await serviceAndUser();
    for (const key of [undefined, generateApiKey()]) {
      const answer = await ask(`${service.slug}:read`, { key });
      expectProblem(answer, 401, "unauthorized");
      expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it("answers 403 for refused keys, disabled owners, other services' keys and a missing permission", async () => {
    const { service, user, key, row } = await serviceAndUser(["read"]);
    const permission = `${service.slug}:read`;
    expectProblem(await ask(`${service.slug}:write`, { key }), 403, "permission_missing");
    expectProblem(await ask(permission, { key: (await seedKey(user.id, { expiresAt: new Date(Date.now() - 1000) })).key }), 403, "key_expired");
    expectProblem(await ask(permission, { key: (await seedKey(user.id, { status: "DISABLED" })).key }), 403, "key_disabled");
    expectProblem(await ask(permission, { key: (await seedKey(user.id, { status: "REVOKED" })).key }), 403, "key_revoked");

    // Bound to another service: refused here; bound to this one: let through.
    const other = await seedService();
    await db.apiKey.update({ where: { id: row.id }, data: { serviceBound: true, services: { create: { serviceId: other.service.id } } } });
    expectProblem(await ask(permission, { key }), 403, "key_not_for_service");
    await db.apiKeyService.create({ data: { apiKeyId: row.id, serviceId: service.id } });
    expect((await ask(permission, { key, server: 1 })).status).toBe(200);
    // Bound to none: works nowhere.
    await db.apiKeyService.deleteMany({ where: { apiKeyId: row.id } });
    expectProblem(await ask(permission, { key }), 403, "key_not_for_service");

    const unbound = await seedKey(user.id);
    expect((await ask(permission, { key: unbound.key })).status).toBe(200);
    await db.user.update({ where: { id: user.id }, data: { status: "DISABLED" } });
    expectProblem(await ask(permission, { key: unbound.key, server: 1 }), 403, "owner_disabled");
  });

  it("refuses at once on every instance when the owner leaves the group or the permission goes", async () => {
    const { service, group, user, key } = await serviceAndUser(["read"]);
    const permission = `${service.slug}:read`;
    expect((await ask(permission, { key, server: 0 })).status).toBe(200);
    expect((await ask(permission, { key, server: 1 })).status).toBe(200);
    await db.membership.delete({ where: { userId_groupId: { userId: user.id, groupId: group.id } } });
    expectProblem(await ask(permission, { key, server: 1 }), 403, "permission_missing");
    expectProblem(await ask(permission, { key, server: 0 }), 403, "permission_missing");
    // A service's permission removed: no longer a service's permission at all.
    await db.servicePermission.delete({ where: { serviceId_name: { serviceId: service.id, name: "read" } } });
    expectProblem(await ask(permission, { key, server: 0 }), 400, "not_a_service_permission");
  });

  it("counts against the key's rate limit: 429 with Retry-After and the RateLimit headers", async () => {
    const { service, key } = await serviceAndUser(["read"], { rateLimit: 2 });
    const permission = `${service.slug}:read`;
    const first = await ask(permission, { key });
    expect(first.status).toBe(200);
    expect(first.headers.get("ratelimit-remaining")).toBe("1");
    expect((await ask(permission, { key })).status).toBe(200);
    const limited = await ask(permission, { key });
    expectProblem(limited, 429, "rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("ratelimit-remaining")).toBe("0");
    expect(limited.headers.get("ratelimit-policy")).toBe('"per-key";q=2;w=60');
  });

  it("records usage per key and service, and the key's own, coalesced", async () => {
    const { service, key, row } = await serviceAndUser(["read"]);
    const other = await seedService();
    const group = await seedGroup({ permissions: [other.permissions[0]] });
    await db.membership.create({ data: { userId: row.userId, groupId: group.id } });
    for (let i = 0; i < 4; i++) expect((await ask(`${service.slug}:read`, { key, server: i % 2, headers: { "X-Original-URI": `/page/${i}` } })).status).toBe(200);
    expect((await ask(other.permissions[0], { key })).status).toBe(200);
    // Refused for a missing permission still counts: the key was used at the service.
    expect((await ask(`${service.slug}:write`, { key })).status).toBe(403);
    await eventually(async () => {
      const rows = await db.apiKeyServiceUsage.findMany({ where: { apiKeyId: row.id }, orderBy: { requestCount: "desc" } });
      expect(rows.map((usage) => [usage.serviceId, usage.requestCount])).toEqual([
        [service.id, 5],
        [other.service.id, 1],
      ]);
      expect(rows.every((usage) => usage.lastUsedAt !== null)).toBe(true);
      expect((await db.apiKey.findUniqueOrThrow({ where: { id: row.id } })).usageCount).toBe(6);
    });
  });

  it("keeps the last original request's method and URI, as the proxy named them", async () => {
    const { service, key, row } = await serviceAndUser(["read"]);
    const headers = { "X-Forwarded-Method": "POST", "X-Forwarded-Uri": "/reports/7?format=csv" };
    expect((await ask(`${service.slug}:read`, { key, headers })).status).toBe(200);
    // A request the proxy did not describe does not erase the last one it did.
    expect((await ask(`${service.slug}:read`, { key })).status).toBe(200);
    await eventually(async () => {
      const usage = await db.apiKeyServiceUsage.findUniqueOrThrow({ where: { apiKeyId_serviceId: { apiKeyId: row.id, serviceId: service.id } } });
      expect(usage).toMatchObject({ requestCount: 2, lastMethod: "POST", lastUri: "/reports/7?format=csv" });
    });
    // The key's details in the API: its usage of each service, and that it is not bound.
    const { user: admin } = await seedUser({ admin: true });
    const listed = await api(`/api/v1/api-keys?userId=${row.userId}`, { key: (await seedKey(admin.id)).key });
    expect(listed.status, listed.text).toBe(200);
    const [details] = listed.body?.data as Record<string, unknown>[];
    expect(details).toMatchObject({
      id: row.id,
      boundServices: null,
      serviceUsage: [{ service: { id: service.id, slug: service.slug, name: service.name }, requests: 2, lastMethod: "POST", lastUri: "/reports/7?format=csv" }],
    });
    expect(Date.parse((details.serviceUsage as { lastUsedAt: string }[])[0].lastUsedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("writes pending service usage when the server is stopped cleanly (SIGTERM)", async () => {
    const { service, key, row } = await serviceAndUser(["read"]);
    const server = await startServer(inject("apiDatabaseUrl"));
    try {
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${server.baseUrl}/api/forward-auth?permission=${service.slug}:read`, { headers: { Authorization: `Bearer ${key}` } });
        expect(response.status).toBe(200);
      }
    } finally {
      await server.stop();
    }
    const usage = await db.apiKeyServiceUsage.findUniqueOrThrow({ where: { apiKeyId_serviceId: { apiKeyId: row.id, serviceId: service.id } } });
    expect(usage.requestCount).toBe(3);
  });
});
