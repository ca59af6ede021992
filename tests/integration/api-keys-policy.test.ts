import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { DAY_MS, endOfLocalDay, localDateString } from "@/lib/api-keys/expiry";
import type { CreateApiKeyInput } from "@/lib/api-keys/schemas";
import { setApiKeyRateLimit } from "@/lib/api-keys/set-api-key-rate-limit";
import { db } from "@/lib/db";
import { ForbiddenError, InvalidError } from "@/lib/errors";
import { permissionsOfKey, permissionsOfUser } from "@/lib/permissions/holdings";
import { getApiKeyPolicy, updateApiKeyPolicy } from "@/lib/settings/api-key-policy";
import { DEFAULT_API_KEY_POLICY } from "@/lib/settings/schemas";
import { seedGroup, seedUser, unique } from "../helpers/seed";

// Every test in this file shares one database, and the policy is global: each test that
// changes it sets every field it relies on.
const input = (overrides: Partial<CreateApiKeyInput> = {}): CreateApiKeyInput => ({
  name: unique("key"),
  description: "",
  expiration: "1y",
  access: "inherit",
  scopes: [],
  ...overrides,
});

async function setPolicy(policy: Partial<typeof DEFAULT_API_KEY_POLICY>) {
  const { actor } = await seedUser({ permissions: ["api_keys:manage"] });
  return updateApiKeyPolicy({ actor, input: { ...DEFAULT_API_KEY_POLICY, ...policy } });
}

describe("API key policy", () => {
  it("starts at a one-year maximum, expiring keys and 600 requests a minute", async () => {
    await db.setting.deleteMany();
    expect(await getApiKeyPolicy()).toEqual({ maxLifetimeDays: 365, allowNoExpiration: false, defaultRateLimit: 600 });
  });

  it("is changed only with api_keys:manage, and recorded", async () => {
    const { actor } = await seedUser({ permissions: ["api_keys:create", "users:write", "groups:write"] });
    await expect(updateApiKeyPolicy({ actor, input: { maxLifetimeDays: 10, allowNoExpiration: true, defaultRateLimit: 1 } })).rejects.toBeInstanceOf(ForbiddenError);

    const { user, actor: manager } = await seedUser({ permissions: ["api_keys:manage"] });
    await updateApiKeyPolicy({ actor: manager, input: { maxLifetimeDays: 90, allowNoExpiration: false, defaultRateLimit: 120 } });
    expect(await getApiKeyPolicy()).toEqual({ maxLifetimeDays: 90, allowNoExpiration: false, defaultRateLimit: 120 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "settings.api_key_policy_updated" }, orderBy: { at: "desc" } });
    expect(event.actorId).toBe(user.id);
    expect(JSON.parse(event.details!)).toMatchObject({ defaultRateLimit: { after: 120 }, maxLifetimeDays: { after: 90 } });
    await expect(updateApiKeyPolicy({ actor: manager, input: { maxLifetimeDays: 0, allowNoExpiration: false, defaultRateLimit: 120 } })).rejects.toThrow();
  });

  it("falls back to the defaults, field by field, for a damaged stored value", async () => {
    await db.setting.upsert({
      where: { key: "api_key_policy" },
      create: { key: "api_key_policy", value: JSON.stringify({ maxLifetimeDays: 30, allowNoExpiration: "yes" }) },
      update: { value: JSON.stringify({ maxLifetimeDays: 30, allowNoExpiration: "yes" }) },
    });
    expect(await getApiKeyPolicy()).toEqual({ maxLifetimeDays: 30, allowNoExpiration: false, defaultRateLimit: 600 });
    await db.setting.update({ where: { key: "api_key_policy" }, data: { value: "not json" } });
    expect(await getApiKeyPolicy()).toEqual(DEFAULT_API_KEY_POLICY);
  });

  it("refuses 'No expiration' unless allowed", async () => {
    await setPolicy({ allowNoExpiration: false });
    const { actor } = await seedUser({ permissions: ["api_keys:create"] });
    await expect(createApiKey({ actor, input: input({ expiration: "never" }) })).rejects.toMatchObject({ fieldErrors: { expiration: [expect.stringMatching(/must expire/)] } });

    await setPolicy({ allowNoExpiration: true });
    const { key } = await createApiKey({ actor, input: input({ expiration: "never" }) });
    expect(key.expiresAt).toBeNull();
  });

  it("caps presets and custom dates at the maximum lifetime", async () => {
    await setPolicy({ maxLifetimeDays: 60 });
    const { actor } = await seedUser({ permissions: ["api_keys:create"] });
    await expect(createApiKey({ actor, input: input({ expiration: "90d" }) })).rejects.toMatchObject({ fieldErrors: { expiration: [expect.stringMatching(/at most 60 days/)] } });
    await expect(createApiKey({ actor, input: input({ expiration: "1y" }) })).rejects.toBeInstanceOf(InvalidError);
    const { key } = await createApiKey({ actor, input: input({ expiration: "30d" }) });
    expect(key.expiresAt!.getTime() - key.createdAt.getTime()).toBeGreaterThan(29.9 * DAY_MS);

    const tooLate = new Date(Date.now() + 61 * DAY_MS).toISOString();
    await expect(createApiKey({ actor, input: input({ expiration: "custom", customExpiresAt: tooLate }) })).rejects.toMatchObject({
      fieldErrors: { customExpiresAt: [expect.stringMatching(/at most 60 days/)] },
    });
    const past = new Date(Date.now() - 60_000).toISOString();
    await expect(createApiKey({ actor, input: input({ expiration: "custom", customExpiresAt: past }) })).rejects.toMatchObject({
      fieldErrors: { customExpiresAt: ["Choose a date in the future"] },
    });
    const endOfDay = endOfLocalDay(localDateString(new Date(Date.now() + 45 * DAY_MS)));
    const { key: custom } = await createApiKey({ actor, input: input({ expiration: "custom", customExpiresAt: endOfDay.toISOString() }) });
    expect(custom.expiresAt).toEqual(endOfDay);
    await expect(createApiKey({ actor, input: input({ expiration: "custom" }) })).rejects.toThrow();
  });
});

describe("scopes", () => {
  it("store the chosen permissions, sorted, and refuse any the owner does not hold", async () => {
    await setPolicy({});
    const { actor } = await seedUser({ permissions: ["api_keys:create", "users:read", "groups:read"] });
    const { key } = await createApiKey({ actor, input: input({ access: "choose", scopes: ["users:read", "groups:read", "users:read"] }) });
    expect(key.scopes).toEqual(["groups:read", "users:read"]);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).scopes).toBe('["groups:read","users:read"]');

    await expect(createApiKey({ actor, input: input({ access: "choose", scopes: ["users:read", "users:write"] }) })).rejects.toMatchObject({
      fieldErrors: { scopes: [expect.stringMatching(/users:write/)] },
    });
    await expect(createApiKey({ actor, input: input({ access: "choose", scopes: [] }) })).rejects.toThrow();
    // A scope outside the catalogue never passes the schema.
    await expect(createApiKey({ actor, input: { ...input({ access: "choose" }), scopes: ["root:all"] as never } })).rejects.toThrow();
  });

  it("give a key at most what its owner holds now; an inheriting key follows the owner", async () => {
    const { user, actor } = await seedUser({ permissions: ["api_keys:create", "users:read"] });
    const { key: inheriting } = await createApiKey({ actor, input: input() });
    const { key: scoped } = await createApiKey({ actor, input: input({ access: "choose", scopes: ["users:read"] }) });
    const stored = async (id: string) => (await db.apiKey.findUniqueOrThrow({ where: { id } })).scopes;

    let owner = await permissionsOfUser(db, user.id);
    expect([...permissionsOfKey(await stored(inheriting.id), owner)].sort()).toEqual(["api_keys:create", "users:read"]);
    expect([...permissionsOfKey(await stored(scoped.id), owner)]).toEqual(["users:read"]);

    const writers = await seedGroup({ permissions: ["users:write"] });
    await db.membership.create({ data: { userId: user.id, groupId: writers.id } });
    owner = await permissionsOfUser(db, user.id);
    expect(permissionsOfKey(await stored(inheriting.id), owner).has("users:write")).toBe(true);
    expect(permissionsOfKey(await stored(scoped.id), owner).has("users:write")).toBe(false);

    await db.membership.deleteMany({ where: { userId: user.id } });
    owner = await permissionsOfUser(db, user.id);
    expect(permissionsOfKey(await stored(scoped.id), owner).size).toBe(0);
  });
});

describe("rate-limit override", () => {
  it("is set by administrators only, per key, and recorded", async () => {
    const { actor } = await seedUser({ permissions: ["api_keys:create"] });
    const { key } = await createApiKey({ actor, input: input() });
    // Owners may not lift their own limit.
    await expect(setApiKeyRateLimit({ actor, input: { id: key.id, rateLimit: 100_000 } })).rejects.toBeInstanceOf(ForbiddenError);

    const { actor: manager } = await seedUser({ permissions: ["api_keys:manage"] });
    expect(await setApiKeyRateLimit({ actor: manager, input: { id: key.id, rateLimit: 30 } })).toMatchObject({ rateLimit: 30 });
    expect(await setApiKeyRateLimit({ actor: manager, input: { id: key.id, rateLimit: null } })).toMatchObject({ rateLimit: null });
    const events = await db.auditEvent.findMany({ where: { action: "api_key.rate_limit_changed", targetId: key.id }, orderBy: { at: "asc" } });
    expect(events.map((event) => JSON.parse(event.details!).rateLimit)).toEqual([
      { before: null, after: 30 },
      { before: 30, after: null },
    ]);
    await expect(setApiKeyRateLimit({ actor: manager, input: { id: key.id, rateLimit: 0 } })).rejects.toThrow();
  });
});
