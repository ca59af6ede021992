import { describe, expect, inject, it } from "vitest";
import { generateApiKey } from "@/lib/api-keys/format";
import { db } from "@/lib/db";
import { api, eventually, seedKey } from "../helpers/api";
import { seedUser } from "../helpers/seed";

const PROBLEM = "application/problem+json";

function expectProblem(answer: Awaited<ReturnType<typeof api>>, status: number, detail: RegExp) {
  expect(answer.status).toBe(status);
  expect(answer.headers.get("content-type")).toContain(PROBLEM);
  expect(answer.body).toMatchObject({ status, title: expect.any(String), detail: expect.stringMatching(detail) });
  expect(answer.text).not.toMatch(/at .*\.(js|ts):\d+/);
}

describe("API key verification", () => {
  it("answers 401 with WWW-Authenticate for a missing, malformed or unknown key", async () => {
    const missing = await api("/api/v1/me");
    expectProblem(missing, 401, /Missing API key/);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);

    const real = generateApiKey();
    const typo = real.slice(0, 12) + (real[12] === "x" ? "y" : "x") + real.slice(13);
    for (const key of ["nonsense", typo, `${real}0`]) {
      const answer = await api("/api/v1/me", { key });
      expectProblem(answer, 401, /Malformed API key/);
      expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
    expectProblem(await api("/api/v1/me", { headers: { Authorization: "Basic abc" } }), 401, /Malformed API key/);
    expectProblem(await api("/api/v1/me", { key: real }), 401, /Unknown API key/);
  });

  it("accepts a valid key as Bearer or X-API-Key and never echoes it", async () => {
    const { user } = await seedUser({ permissions: ["users:read"] });
    const { key, row } = await seedKey(user.id);
    const bearer = await api("/api/v1/me", { key });
    expect(bearer.status).toBe(200);
    expect(bearer.body).toMatchObject({ id: user.id, email: user.email, keyId: row.id, permissions: ["users:read"] });
    expect(bearer.text).not.toContain(key);
    const header = await api("/api/v1/me", { headers: { "X-API-Key": key } });
    expect(header.status).toBe(200);
  });

  it("answers 403 saying why for expired, disabled and revoked keys and disabled owners", async () => {
    const { user } = await seedUser({ permissions: ["users:read"] });
    const expired = await seedKey(user.id, { expiresAt: new Date(Date.now() - 1000) });
    const disabled = await seedKey(user.id, { status: "DISABLED" });
    const revoked = await seedKey(user.id, { status: "REVOKED" });
    expectProblem(await api("/api/v1/me", { key: expired.key }), 403, /expired/);
    expectProblem(await api("/api/v1/me", { key: disabled.key }), 403, /disabled/);
    expectProblem(await api("/api/v1/me", { key: revoked.key }), 403, /revoked/);

    const { user: owner } = await seedUser({ permissions: ["users:read"], status: "DISABLED" });
    const ownerDisabled = await seedKey(owner.id);
    expectProblem(await api("/api/v1/me", { key: ownerDisabled.key }), 403, /owner of this API key is disabled/);
  });

  it("stops a key on the next request on every instance once it is revoked or its owner disabled", async () => {
    const { user } = await seedUser({ permissions: ["users:read"] });
    const { key, row } = await seedKey(user.id);
    // Both instances have verified (and cached) the key.
    expect((await api("/api/v1/me", { key, server: 0 })).status).toBe(200);
    expect((await api("/api/v1/me", { key, server: 1 })).status).toBe(200);

    await db.apiKey.update({ where: { id: row.id }, data: { status: "REVOKED", revokedAt: new Date() } });
    expect((await api("/api/v1/me", { key, server: 1 })).status).toBe(403);
    expect((await api("/api/v1/me", { key, server: 0 })).status).toBe(403);

    const second = await seedKey(user.id);
    expect((await api("/api/v1/me", { key: second.key, server: 1 })).status).toBe(200);
    await db.user.update({ where: { id: user.id }, data: { status: "DISABLED" } });
    expectProblem(await api("/api/v1/me", { key: second.key, server: 1 }), 403, /owner/);
  });

  it("follows the owner's permissions: leaving a group takes the permission from the key at once", async () => {
    const { user } = await seedUser({ permissions: ["users:read", "groups:read"] });
    const inherit = await seedKey(user.id);
    const narrowed = await seedKey(user.id, { scopes: ["groups:read", "audit:read"] });
    expect((await api("/api/v1/me", { key: inherit.key, server: 0 })).body?.permissions).toEqual(["groups:read", "users:read"]);
    // A scope the owner does not hold (audit:read) grants nothing.
    expect((await api("/api/v1/me", { key: narrowed.key, server: 1 })).body?.permissions).toEqual(["groups:read"]);

    await db.membership.deleteMany({ where: { userId: user.id } });
    expect((await api("/api/v1/me", { key: inherit.key, server: 1 })).body?.permissions).toEqual([]);
    expect((await api("/api/v1/me", { key: narrowed.key, server: 0 })).body?.permissions).toEqual([]);
  });
});

describe("protocol", () => {
  it("answers unknown paths with a problem+json 404", async () => {
    const answer = await api("/api/v1/no-such-thing/here", { method: "POST" });
    expectProblem(answer, 404, /No API route/);
  });

  it("sends an ETag on GET and answers 304 when it still matches", async () => {
    const { user } = await seedUser({ permissions: ["users:read"] });
    const { key } = await seedKey(user.id);
    const first = await api("/api/v1/me", { key });
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await api("/api/v1/me", { key, headers: { "If-None-Match": etag! } });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.headers.get("ratelimit-limit")).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { name: `${user.name} changed` } });
    expect((await api("/api/v1/me", { key, headers: { "If-None-Match": etag! } })).status).toBe(200);
  });
});

describe("rate limiting", () => {
  it("shares one budget between instances with Redis, and keeps one per instance without", async () => {
    const { user } = await seedUser();
    const { key } = await seedKey(user.id, { rateLimit: 2 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await api("/api/v1/me", { key, server: i % 2 })).status);
    // Servers 0,1,0,1,0: with Redis the third request is over the shared limit of 2; in memory
    // each instance allows 2 of its own, so only the fifth (server 0's third) is refused.
    expect(statuses).toEqual(inject("apiRedis") ? [200, 200, 429, 429, 429] : [200, 200, 200, 200, 429]);
  });

  it("counts requests per key, answers 429 with Retry-After, and sends RateLimit headers on every answer", async () => {
    const { user } = await seedUser();
    const { key } = await seedKey(user.id, { rateLimit: 3 });
    const remaining = [];
    for (let i = 0; i < 3; i++) {
      const answer = await api("/api/v1/me", { key });
      expect(answer.status).toBe(200);
      expect(answer.headers.get("ratelimit-limit")).toBe("3");
      expect(Number(answer.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
      remaining.push(answer.headers.get("ratelimit-remaining"));
    }
    expect(remaining).toEqual(["2", "1", "0"]);
    const limited = await api("/api/v1/me", { key });
    expectProblem(limited, 429, /Rate limit of 3 requests per minute/);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("ratelimit-remaining")).toBe("0");
  });
});

describe("usage", () => {
  it("records last use, address and count, coalesced within a few seconds", async () => {
    const { user } = await seedUser();
    const { key, row } = await seedKey(user.id);
    for (let i = 0; i < 5; i++) expect((await api("/api/v1/me", { key, server: i % 2 })).status).toBe(200);
    const used = await eventually(async () => {
      const current = await db.apiKey.findUniqueOrThrow({ where: { id: row.id } });
      expect(current.usageCount).toBe(5);
      return current;
    });
    expect(used.lastUsedAt!.getTime()).toBeGreaterThan(row.createdAt.getTime());
    expect(used.lastUsedIp).toMatch(/127\.0\.0\.1/);
  });
});
