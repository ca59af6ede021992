// The conventions every /api/v1 answer follows: a request id, the IETF rate-limit headers,
// Location on 201, and Idempotency-Key on POST (a retry returns the first answer).
import { describe, expect, it } from "vitest";
import { operations } from "@/lib/api/operations";
import { db } from "@/lib/db";
import { api, seedKey } from "../helpers/api";
import { seedGroup, seedService, seedUser, unique } from "../helpers/seed";

async function adminKey() {
  const { user } = await seedUser({ admin: true });
  return (await seedKey(user.id)).key;
}

describe("request ids", () => {
  it("gives every answer its own X-Request-Id, echoed in problem bodies", async () => {
    const key = await adminKey();
    const ok = await api("/api/v1/me", { key });
    const refused = await api("/api/v1/me");
    const unknown = await api("/api/v1/nowhere", { key });
    const ids = [ok, refused, unknown].map((answer) => answer.headers.get("x-request-id"));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(3);
    expect(refused.body?.requestId).toBe(ids[1]);
    expect(unknown.body?.requestId).toBe(ids[2]);
  });

  it("never takes the client's word for it", async () => {
    const answer = await api("/api/v1/me", { headers: { "X-Request-Id": "mine", "X-Latchkey-Request-Id": "mine" } });
    expect(answer.headers.get("x-request-id")).not.toBe("mine");
    expect(answer.body?.requestId).toBe(answer.headers.get("x-request-id"));
  });
});

describe("rate-limit headers", () => {
  it("sends RateLimit-Policy and RateLimit (IETF) beside RateLimit-Limit/-Remaining/-Reset", async () => {
    const { user } = await seedUser({ admin: true });
    const { key } = await seedKey(user.id, { rateLimit: 50 });
    const first = await api("/api/v1/me", { key });
    const second = await api("/api/v1/me", { key });
    expect(first.headers.get("ratelimit-policy")).toBe('"per-key";q=50;w=60');
    expect(first.headers.get("ratelimit")).toMatch(/^"per-key";r=49;t=\d+$/);
    expect(second.headers.get("ratelimit")).toMatch(/^"per-key";r=48;t=\d+$/);
    expect(second.headers.get("ratelimit-remaining")).toBe("48");
  });
});

describe("ETags", () => {
  it("come with every GET operation's answer, and turn a repeat into 304", async () => {
    const { user } = await seedUser({ admin: true });
    const { key } = await seedKey(user.id);
    const group = await seedGroup();
    const { user: other } = await seedUser();
    const { service } = await seedService();
    // Paths whose answer no other test file changes meanwhile (they share the servers).
    const samples: Record<string, string> = {
      "/me": "/me",
      "/users": `/users?q=${encodeURIComponent(other.email)}`,
      "/users/{id}": `/users/${other.id}`,
      "/groups": `/groups?q=${encodeURIComponent(group.name)}`,
      "/groups/{id}": `/groups/${group.id}`,
      "/audit-events": `/audit-events?targetId=${group.id}`,
      "/api-keys": `/api-keys?userId=${other.id}`,
      "/services": `/services?q=${service.slug}`,
      "/services/{id}": `/services/${service.id}`,
    };
    const gets = operations.filter((operation) => operation.method === "get").map((operation) => operation.path);
    expect(gets.sort()).toEqual(Object.keys(samples).sort());
    for (const path of Object.values(samples)) {
      const first = await api(`/api/v1${path}`, { key });
      expect(first.status, path).toBe(200);
      const etag = first.headers.get("etag");
      expect(etag, path).toMatch(/^W\/".+"$/);
      const again = await api(`/api/v1${path}`, { key, headers: { "If-None-Match": etag! } });
      expect(again.status, path).toBe(304);
      expect(again.text, path).toBe("");
    }
  });
});

describe("201 answers", () => {
  it("carry the created resource's URL in Location", async () => {
    const key = await adminKey();
    const group = await api("/api/v1/groups", { key, method: "POST", body: { name: unique("Located") } });
    expect(group.status).toBe(201);
    expect(group.headers.get("location")).toBe(`/api/v1/groups/${group.body?.id}`);
    const fetched = await api(group.headers.get("location")!, { key });
    expect(fetched.body?.id).toBe(group.body?.id);
    const user = await api("/api/v1/users", { key, method: "POST", body: { name: "Located", email: `${unique("l")}@example.test` } });
    expect(user.headers.get("location")).toBe(`/api/v1/users/${(user.body?.user as { id: string }).id}`);
  });
});

describe("Idempotency-Key", () => {
  it("answers a retry with the first answer, on either instance, and writes once", async () => {
    const key = await adminKey();
    const name = unique("Once");
    const headers = { "Idempotency-Key": unique("idem") };
    const first = await api("/api/v1/groups", { key, method: "POST", body: { name }, headers });
    const retry = await api("/api/v1/groups", { key, method: "POST", body: { name }, headers, server: 1 });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("location")).toBe(first.headers.get("location"));
    expect(await db.group.count({ where: { name } })).toBe(1);
    // Without the key, the same request is a new one: here, a duplicate name.
    expect((await api("/api/v1/groups", { key, method: "POST", body: { name } })).status).toBe(409);
  });

  it("refuses the same key with another request (422), and keeps API keys apart", async () => {
    const key = await adminKey();
    const headers = { "Idempotency-Key": unique("idem") };
    expect((await api("/api/v1/groups", { key, method: "POST", body: { name: unique("A") }, headers })).status).toBe(201);
    const other = await api("/api/v1/groups", { key, method: "POST", body: { name: unique("B") }, headers });
    expect(other.status).toBe(422);
    expect(other.body?.detail).toMatch(/different request/);
    expect(other.body?.code).toBe("idempotency_key_reused");
    // Another API key's request with the same idempotency key is its own.
    const stranger = await api("/api/v1/groups", { key: await adminKey(), method: "POST", body: { name: unique("C") }, headers });
    expect(stranger.status).toBe(201);
    expect(stranger.headers.get("idempotent-replayed")).toBeNull();
  });

  it("keeps no failed answer: a retry after an error runs again", async () => {
    const key = await adminKey();
    const headers = { "Idempotency-Key": unique("idem") };
    const taken = unique("Taken");
    await api("/api/v1/groups", { key, method: "POST", body: { name: taken } });
    expect((await api("/api/v1/groups", { key, method: "POST", body: { name: taken }, headers })).status).toBe(409);
    await db.group.deleteMany({ where: { name: taken } });
    const retry = await api("/api/v1/groups", { key, method: "POST", body: { name: taken }, headers });
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBeNull();
  });

  it("validates the header itself", async () => {
    const key = await adminKey();
    for (const value of ["x".repeat(256), "has space"]) {
      const answer = await api("/api/v1/groups", { key, method: "POST", body: { name: unique("V") }, headers: { "Idempotency-Key": value } });
      expect(answer.status, value).toBe(422);
      expect(JSON.stringify(answer.body?.errors)).toContain("idempotency-key");
    }
  });
});
