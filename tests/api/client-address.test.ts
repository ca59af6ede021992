// The client address recorded in lastUsedIp and the audit log is the TCP peer's unless
// TRUST_PROXY says which proxies to believe; a client-sent X-Forwarded-For proves nothing.
// The same address bounds key guessing: too many bad keys from one address get 429.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { startServer } from "../../scripts/server";
import { api, eventually, seedKey } from "../helpers/api";
import { generateApiKey } from "@/lib/api-keys/format";
import { seedUser, unique } from "../helpers/seed";

const FORGED = {
  "X-Forwarded-For": "203.0.113.66",
  "X-Real-IP": "203.0.113.67",
  Forwarded: "for=203.0.113.69",
  "X-Latchkey-Client-IP": "203.0.113.68",
};

async function lastUsedIp(keyId: string) {
  return (await db.apiKey.findUniqueOrThrow({ where: { id: keyId } })).lastUsedIp;
}

describe("without TRUST_PROXY", () => {
  it("records the TCP peer's address in lastUsedIp, whatever X-Forwarded-For says", async () => {
    const { user } = await seedUser({ permissions: ["users:read"] });
    const { key, row } = await seedKey(user.id);
    expect((await api("/api/v1/me", { key, headers: FORGED })).status).toBe(200);
    await eventually(async () => expect(await lastUsedIp(row.id)).toBe("127.0.0.1"));
  });

  it("records the TCP peer's address in the audit log", async () => {
    const { user } = await seedUser({ admin: true });
    const { key } = await seedKey(user.id);
    const created = await api("/api/v1/groups", { key, method: "POST", body: { name: unique("Forged") }, headers: FORGED });
    expect(created.status).toBe(201);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "group.created", targetId: String(created.body?.id) } });
    expect(event.ip).toBe("127.0.0.1");
  });
});

describe("with TRUST_PROXY=1 (one reverse proxy in front)", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer(inject("apiDatabaseUrl"), { TRUST_PROXY: "1" });
  }, 120_000);
  afterAll(() => server?.stop());

  it("records the address the proxy appended, not what the client put before it", async () => {
    const { user } = await seedUser({ permissions: ["users:read"] });
    const { key, row } = await seedKey(user.id);
    const response = await fetch(`${server.baseUrl}/api/v1/me`, {
      headers: { Authorization: `Bearer ${key}`, "X-Forwarded-For": "203.0.113.5, 198.51.100.7", "X-Latchkey-Client-IP": "203.0.113.68" },
    });
    expect(response.status).toBe(200);
    await eventually(async () => expect(await lastUsedIp(row.id)).toBe("198.51.100.7"));
  });

  // Unknown keys allowed per address in the window (lib/api/key-guessing.ts).
  const BAD_KEYS_PER_ADDRESS = 100;
  const from = (address: string, key: string) =>
    fetch(`${server.baseUrl}/api/v1/me`, { headers: { Authorization: `Bearer ${key}`, "X-Forwarded-For": address } });

  it("answers 429 problem+json with Retry-After once one address has sent too many unknown keys", async () => {
    const guesser = "198.51.100.80";
    for (let attempt = 0; attempt < BAD_KEYS_PER_ADDRESS; attempt++) {
      expect((await from(guesser, generateApiKey())).status, `attempt ${attempt + 1}`).toBe(401);
      // A malformed key costs no lookup and can never be right: not counted as a guess.
      if (attempt === 0) expect((await from(guesser, "lk_not-a-real-key")).status).toBe(401);
    }
    const refused = await from(guesser, generateApiKey());
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ status: 429, detail: expect.stringMatching(/Too many/) });

    // A valid key from that address is refused too, or guessing could go on; other addresses are unaffected.
    const { user } = await seedUser({ permissions: ["users:read"] });
    const { key } = await seedKey(user.id);
    expect((await from(guesser, key)).status).toBe(429);
    expect((await from("198.51.100.81", generateApiKey())).status).toBe(401);
    expect((await from("198.51.100.81", key)).status).toBe(200);
  });
});
