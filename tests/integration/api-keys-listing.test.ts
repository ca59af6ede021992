import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { DAY_MS } from "@/lib/api-keys/expiry";
import { listAllApiKeys, listApiKeys } from "@/lib/api-keys/queries";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { disableApiKey } from "@/lib/api-keys/set-api-key-status";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { seedUser, unique } from "../helpers/seed";

// This file's database holds only the keys made here, so listings of every key are exact.
async function seedKeys() {
  const owner = await seedUser({ permissions: ["api_keys:create"] });
  let made = 0;
  const make = async (label: string) => {
    const { key } = await createApiKey({ actor: owner.actor, input: { name: unique(label), description: "", expiration: "1y", access: "inherit", scopes: [] } });
    // Creation times a minute apart, in creation order, so "newest first" is unambiguous.
    await db.apiKey.update({ where: { id: key.id }, data: { createdAt: new Date(Date.now() - 3_600_000 + ++made * 60_000) } });
    return key;
  };
  const active = await make("active");
  const soon = await make("soon");
  const expired = await make("expired");
  const disabled = await make("disabled");
  const revoked = await make("revoked");
  const now = Date.now();
  await db.apiKey.update({ where: { id: soon.id }, data: { expiresAt: new Date(now + 5 * DAY_MS), lastUsedAt: new Date(now - DAY_MS) } });
  await db.apiKey.update({ where: { id: expired.id }, data: { expiresAt: new Date(now - DAY_MS), lastUsedAt: new Date(now - 30 * DAY_MS) } });
  await db.apiKey.update({ where: { id: active.id }, data: { lastUsedAt: new Date(now - 60_000) } });
  await disableApiKey({ actor: owner.actor, input: { id: disabled.id } });
  await revokeApiKey({ actor: owner.actor, input: { id: revoked.id } });
  return { owner, active, soon, expired, disabled, revoked };
}

describe("listing every key (administrators)", () => {
  it("filters by state and by 'expires within N days', sorts by last use, pages, and names the owner", async () => {
    const keys = await seedKeys();
    const { actor } = await seedUser({ permissions: ["api_keys:manage"] });
    const ids = async (input: Parameters<typeof listAllApiKeys>[0]["input"]) => (await listAllApiKeys({ actor, input })).items.map((key) => key.id);

    expect(await ids({ state: "active" })).toEqual(expect.arrayContaining([keys.active.id, keys.soon.id]));
    expect(await ids({ state: "active" })).toHaveLength(2);
    expect(await ids({ state: "expired" })).toEqual([keys.expired.id]);
    expect(await ids({ state: "disabled" })).toEqual([keys.disabled.id]);
    expect(await ids({ state: "revoked" })).toEqual([keys.revoked.id]);
    expect(await ids({ expiresWithinDays: 14 })).toEqual([keys.soon.id]);
    expect(await ids({ expiresWithinDays: 14, state: "disabled" })).toEqual([]);

    // Most recent use first; never-used keys last (newest first among them)…
    expect(await ids({ sort: "last-used-desc" })).toEqual([keys.active.id, keys.soon.id, keys.expired.id, keys.revoked.id, keys.disabled.id]);
    // …or the stalest first: never used, then the longest unused.
    expect(await ids({ sort: "last-used-asc" })).toEqual([keys.revoked.id, keys.disabled.id, keys.expired.id, keys.soon.id, keys.active.id]);

    const first = await listAllApiKeys({ actor, input: { sort: "last-used-desc", limit: 2 } });
    const second = await listAllApiKeys({ actor, input: { sort: "last-used-desc", limit: 2, offset: first.nextOffset! } });
    expect([...first.items, ...second.items].map((key) => key.id)).toEqual([keys.active.id, keys.soon.id, keys.expired.id, keys.revoked.id]);
    // The count is of every matching key, not of the page.
    expect(first.total).toBe(5);
    expect((await listAllApiKeys({ actor, input: { state: "active", limit: 1 } })).total).toBe(2);

    const [row] = first.items;
    expect(row.owner).toEqual({ id: keys.owner.user.id, name: keys.owner.user.name, email: keys.owner.user.email });
    expect(row).not.toHaveProperty("hash");
    expect(row.state).toBe("active");
  });

  it("needs api_keys:manage", async () => {
    const { actor } = await seedUser({ permissions: ["api_keys:create", "users:read"] });
    await expect(listAllApiKeys({ actor, input: {} })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("listApiKeys (for the API)", () => {
  it("gives one's own keys in cursor pages, never the hash; another user's only with api_keys:manage", async () => {
    const { owner } = await seedKeys();
    const pages = [];
    let cursor: string | undefined;
    do {
      const page = await listApiKeys({ actor: owner.actor, input: { limit: 2, cursor } });
      pages.push(page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const all = pages.flat();
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(new Set(all.map((key) => key.id)).size).toBe(5);
    expect(all.every((key) => key.userId === owner.user.id && !("hash" in key))).toBe(true);
    expect(all.map((key) => key.state).sort()).toEqual(["active", "active", "disabled", "expired", "revoked"]);

    const { actor: stranger } = await seedUser({ permissions: ["users:read"] });
    await expect(listApiKeys({ actor: stranger, input: { userId: owner.user.id } })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listApiKeys({ actor: stranger, input: {} })).items).toEqual([]);
    const { actor: manager } = await seedUser({ permissions: ["api_keys:manage"] });
    expect((await listApiKeys({ actor: manager, input: { userId: owner.user.id } })).items).toHaveLength(5);
  });
});
