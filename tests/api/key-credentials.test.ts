// Review findings 1 and 2 (issue 10) over real HTTP: a key cannot take over its owner's
// account, and key management needs the key itself to hold the key permissions.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { api, seedKey } from "../helpers/api";
import { seedUser, unique } from "../helpers/seed";

const NEW_PASSWORD = "violet Harbour 71 quietly";

describe("a key and its owner's credentials", () => {
  it("cannot set its owner's password or email, even narrowed to users:write (403 problem+json)", async () => {
    const { user } = await seedUser({ admin: true });
    const { key } = await seedKey(user.id, { scopes: ["users:write"] });
    for (const body of [{ password: NEW_PASSWORD }, { email: `${unique("thief")}@example.test` }, { name: "Hijacked", password: NEW_PASSWORD }]) {
      const answer = await api(`/api/v1/users/${user.id}`, { key, method: "PATCH", body });
      expect(answer.status).toBe(403);
      expect(answer.headers.get("content-type")).toContain("application/problem+json");
      expect(answer.body?.detail).toMatch(/API key cannot change its owner's password or email/);
    }
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ name: user.name, email: user.email, passwordHash: user.passwordHash, sessionVersion: user.sessionVersion });
  });

  it("cannot mint keys", async () => {
    const { user } = await seedUser({ admin: true });
    const { key } = await seedKey(user.id);
    const answer = await api("/api/v1/api-keys", { key, method: "POST", body: { name: "minted" } });
    expect([404, 405]).toContain(answer.status);
    expect(await db.apiKey.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("key management through the API", () => {
  it("needs the key itself to hold api_keys:create to list or revoke its owner's keys", async () => {
    const { user } = await seedUser({ admin: true });
    const { key: narrowed } = await seedKey(user.id, { scopes: ["users:read"] });
    const { row: sibling } = await seedKey(user.id);
    const list = await api("/api/v1/api-keys", { key: narrowed });
    expect(list.status).toBe(403);
    expect(list.body?.detail).toContain("api_keys:create");
    expect(list.text).not.toContain(sibling.id);
    const revoke = await api(`/api/v1/api-keys/${sibling.id}`, { key: narrowed, method: "DELETE" });
    expect(revoke.status).toBe(403);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: sibling.id } })).status).toBe("ACTIVE");

    const { key: keyManager } = await seedKey(user.id, { scopes: ["api_keys:create"] });
    expect((await api("/api/v1/api-keys", { key: keyManager })).status).toBe(200);
    expect((await api(`/api/v1/api-keys/${sibling.id}`, { key: keyManager, method: "DELETE" })).status).toBe(200);
  });

  it("needs the key itself to hold api_keys:manage for other users' keys", async () => {
    const { user } = await seedUser({ admin: true });
    const { user: other } = await seedUser();
    const { row: othersKey } = await seedKey(other.id);
    const { key: ownOnly } = await seedKey(user.id, { scopes: ["api_keys:create", "users:read"] });
    expect((await api(`/api/v1/api-keys?userId=${other.id}`, { key: ownOnly })).status).toBe(403);
    expect((await api(`/api/v1/api-keys/${othersKey.id}`, { key: ownOnly, method: "DELETE" })).status).toBe(404);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: othersKey.id } })).status).toBe("ACTIVE");
    const { key: manager } = await seedKey(user.id, { scopes: ["api_keys:manage"] });
    expect((await api(`/api/v1/api-keys?userId=${other.id}`, { key: manager })).status).toBe(200);
    expect((await api(`/api/v1/api-keys/${othersKey.id}`, { key: manager, method: "DELETE" })).status).toBe(200);
  });
});
