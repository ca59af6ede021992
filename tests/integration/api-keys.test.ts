import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { DAY_MS } from "@/lib/api-keys/expiry";
import { displayPrefix, hashApiKey, isWellFormedApiKey } from "@/lib/api-keys/format";
import { hideApiKey } from "@/lib/api-keys/hide-api-key";
import { NAME_IN_USE } from "@/lib/api-keys/access";
import { listOwnApiKeys, listUserApiKeys } from "@/lib/api-keys/queries";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import type { CreateApiKeyInput } from "@/lib/api-keys/schemas";
import { DISABLED_BY_ADMINISTRATOR, disableApiKey, enableApiKey } from "@/lib/api-keys/set-api-key-status";
import { updateApiKey } from "@/lib/api-keys/update-api-key";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { seedUser, unique } from "../helpers/seed";

const input = (overrides: Partial<CreateApiKeyInput> = {}): CreateApiKeyInput => ({
  name: unique("key"),
  description: "",
  expiration: "1y",
  access: "inherit",
  scopes: [],
  ...overrides,
});

const creator = () => seedUser({ permissions: ["api_keys:create", "users:read"] });

describe("createApiKey", () => {
  it("returns a well-formed key once and stores only its hash and prefix", async () => {
    const { user, actor } = await creator();
    const before = Date.now();
    const { key, plaintext } = await createApiKey({ actor, input: input({ name: "CI deploy", description: "GitHub Actions" }) });

    expect(isWellFormedApiKey(plaintext)).toBe(true);
    expect(key).toMatchObject({ userId: user.id, name: "CI deploy", description: "GitHub Actions", prefix: displayPrefix(plaintext), state: "active", scopes: null });
    expect(key).not.toHaveProperty("hash");
    // The default lifetime is one year.
    expect(key.expiresAt!.getTime()).toBeGreaterThanOrEqual(before + 365 * DAY_MS);
    expect(key.expiresAt!.getTime()).toBeLessThanOrEqual(Date.now() + 365 * DAY_MS);

    const row = await db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.hash).toBe(hashApiKey(plaintext));
    expect(Object.values(row).map(String).join("|")).not.toContain(plaintext.slice(3, 20));

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "api_key.created", targetId: key.id } });
    expect(event).toMatchObject({ actorId: user.id, targetType: "api_key" });
    expect(JSON.parse(event.details!)).toMatchObject({ name: "CI deploy", prefix: key.prefix, scopes: "inherit" });
    expect(`${event.details}${event.targetLabel}`).not.toContain(plaintext.slice(11));
    expect(`${event.details}`).not.toContain(row.hash);
  });

  it("needs api_keys:create, and cannot be done with an API key", async () => {
    const { actor } = await seedUser({ permissions: ["users:read"] });
    await expect(createApiKey({ actor, input: input() })).rejects.toBeInstanceOf(ForbiddenError);

    const { actor: holder } = await creator();
    const viaKey: Actor = { ...holder, keyId: "some-key" };
    await expect(createApiKey({ actor: viaKey, input: input() })).rejects.toThrow(/created in the console/);
    expect(await db.apiKey.count({ where: { userId: holder.userId } })).toBe(0);
  });

  it("keeps names unique among the owner's live keys", async () => {
    const { actor } = await creator();
    const { actor: other } = await creator();
    const name = unique("Deploy");
    const { key } = await createApiKey({ actor, input: input({ name }) });

    await expect(createApiKey({ actor, input: input({ name: `  ${name} ` }) })).rejects.toMatchObject({ fieldErrors: { name: [NAME_IN_USE] } });
    // Another user may use the same name.
    await createApiKey({ actor: other, input: input({ name }) });
    // A disabled key can come back, so it keeps its name…
    await disableApiKey({ actor, input: { id: key.id } });
    await expect(createApiKey({ actor, input: input({ name }) })).rejects.toBeInstanceOf(ConflictError);
    // …a revoked one cannot, so its name is free again.
    await revokeApiKey({ actor, input: { id: key.id } });
    const { key: again } = await createApiKey({ actor, input: input({ name }) });
    expect(again.name).toBe(name);
  });

  it("lets only one of two simultaneous creates with one name through", async () => {
    const { actor } = await creator();
    const name = unique("Race");
    const results = await Promise.allSettled([createApiKey({ actor, input: input({ name }) }), createApiKey({ actor, input: input({ name }) })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.reason).toBeInstanceOf(ConflictError);
    expect(await db.apiKey.count({ where: { userId: actor.userId, name } })).toBe(1);
  });
});

describe("updateApiKey", () => {
  it("renames and describes a key, records the change, and refuses a clashing name", async () => {
    const { actor } = await creator();
    const { key } = await createApiKey({ actor, input: input() });
    const { key: second } = await createApiKey({ actor, input: input() });

    const updated = await updateApiKey({ actor, input: { id: key.id, name: "Renamed", description: "Nightly backups" } });
    expect(updated).toMatchObject({ name: "Renamed", description: "Nightly backups" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "api_key.updated", targetId: key.id } });
    expect(JSON.parse(event.details!)).toEqual({ name: { before: key.name, after: "Renamed" }, description: { before: "", after: "Nightly backups" } });

    await expect(updateApiKey({ actor, input: { id: second.id, name: "Renamed", description: "" } })).rejects.toMatchObject({ fieldErrors: { name: [NAME_IN_USE] } });
    // Saving without changes is not an event.
    await updateApiKey({ actor, input: { id: key.id, name: "Renamed", description: "Nightly backups" } });
    expect(await db.auditEvent.count({ where: { action: "api_key.updated", targetId: key.id } })).toBe(1);
  });

  it("refuses revoked keys", async () => {
    const { actor } = await creator();
    const { key } = await createApiKey({ actor, input: input() });
    await revokeApiKey({ actor, input: { id: key.id } });
    await expect(updateApiKey({ actor, input: { id: key.id, name: "x", description: "" } })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("disable, enable and revoke", () => {
  it("lets the owner disable and enable their key, each recorded once", async () => {
    const { actor } = await creator();
    const { key } = await createApiKey({ actor, input: input() });
    expect(await disableApiKey({ actor, input: { id: key.id } })).toMatchObject({ status: "DISABLED", state: "disabled", disabledByAdministrator: false });
    await disableApiKey({ actor, input: { id: key.id } });
    expect(await enableApiKey({ actor, input: { id: key.id } })).toMatchObject({ status: "ACTIVE", state: "active" });
    const actions = await db.auditEvent.findMany({ where: { targetId: key.id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(actions.map((event) => event.action)).toEqual(["api_key.created", "api_key.disabled", "api_key.enabled"]);
  });

  it("revokes for good: idempotent, recorded with who and when, never enabled again", async () => {
    const { user, actor } = await creator();
    const { key } = await createApiKey({ actor, input: input() });
    const revoked = await revokeApiKey({ actor, input: { id: key.id } });
    expect(revoked).toMatchObject({ status: "REVOKED", state: "revoked" });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedById).toBe(user.id);
    await revokeApiKey({ actor, input: { id: key.id } });
    expect(await db.auditEvent.count({ where: { action: "api_key.revoked", targetId: key.id } })).toBe(1);
    await expect(enableApiKey({ actor, input: { id: key.id } })).rejects.toBeInstanceOf(ConflictError);
    await expect(disableApiKey({ actor, input: { id: key.id } })).rejects.toBeInstanceOf(ConflictError);
  });

  it("does not enable an expired key", async () => {
    const { actor } = await creator();
    const { key } = await createApiKey({ actor, input: input() });
    await disableApiKey({ actor, input: { id: key.id } });
    await db.apiKey.update({ where: { id: key.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(enableApiKey({ actor, input: { id: key.id } })).rejects.toThrow(/expired/);
  });
});

describe("other people's keys", () => {
  async function someonesKey() {
    const owner = await creator();
    const { key } = await createApiKey({ actor: owner.actor, input: input() });
    return { owner, key };
  }

  it("are invisible without api_keys:manage: every operation answers NotFound", async () => {
    const { owner, key } = await someonesKey();
    const { actor: stranger } = await seedUser({ permissions: ["api_keys:create", "users:read", "users:write", "groups:write"] });
    const ref = { input: { id: key.id } };
    await expect(updateApiKey({ actor: stranger, input: { id: key.id, name: "mine now", description: "" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(disableApiKey({ actor: stranger, ...ref })).rejects.toBeInstanceOf(NotFoundError);
    await expect(enableApiKey({ actor: stranger, ...ref })).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeApiKey({ actor: stranger, ...ref })).rejects.toBeInstanceOf(NotFoundError);
    await expect(hideApiKey({ actor: stranger, ...ref })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listUserApiKeys({ actor: stranger, input: { userId: owner.user.id } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).toMatchObject({ status: "ACTIVE", name: key.name });
  });

  it("can be disabled and revoked with api_keys:manage, recorded with the owner", async () => {
    const { owner, key } = await someonesKey();
    const { user: admin, actor: manager } = await seedUser({ permissions: ["api_keys:manage"] });

    expect(await listUserApiKeys({ actor: manager, input: { userId: owner.user.id } })).toEqual([expect.objectContaining({ id: key.id })]);
    const disabled = await disableApiKey({ actor: manager, input: { id: key.id } });
    expect(disabled.disabledByAdministrator).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "api_key.disabled", targetId: key.id } });
    expect(event.actorId).toBe(admin.id);
    expect(JSON.parse(event.details!)).toEqual({ owner: owner.user.email });

    // The owner cannot undo an administrator's decision…
    await expect(enableApiKey({ actor: owner.actor, input: { id: key.id } })).rejects.toThrow(DISABLED_BY_ADMINISTRATOR);
    // …but may still revoke their own key; an administrator may too.
    await revokeApiKey({ actor: manager, input: { id: key.id } });
    expect(await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).toMatchObject({ status: "REVOKED", revokedById: admin.id });
  });

  it("let an administrator enable a key they disabled", async () => {
    const { key } = await someonesKey();
    const { actor: manager } = await seedUser({ permissions: ["api_keys:manage"] });
    await disableApiKey({ actor: manager, input: { id: key.id } });
    expect(await enableApiKey({ actor: manager, input: { id: key.id } })).toMatchObject({ state: "active", disabledByAdministrator: false });
  });
});

describe("removing a key from the list", () => {
  it("works for revoked and expired keys of one's own; administrators still see them", async () => {
    const { user, actor } = await creator();
    const { actor: manager } = await seedUser({ permissions: ["api_keys:manage"] });
    const { key: live } = await createApiKey({ actor, input: input() });
    const { key: revoked } = await createApiKey({ actor, input: input() });
    const { key: expired } = await createApiKey({ actor, input: input() });
    await revokeApiKey({ actor, input: { id: revoked.id } });
    await db.apiKey.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - DAY_MS) } });

    await expect(hideApiKey({ actor, input: { id: live.id } })).rejects.toThrow(/revoke it first/);
    await expect(hideApiKey({ actor: manager, input: { id: revoked.id } })).rejects.toBeInstanceOf(ForbiddenError);
    await hideApiKey({ actor, input: { id: revoked.id } });
    await hideApiKey({ actor, input: { id: expired.id } });

    expect((await listOwnApiKeys({ actor })).map((key) => key.id)).toEqual([live.id]);
    expect(await listUserApiKeys({ actor: manager, input: { userId: user.id } })).toHaveLength(3);
    expect(await db.auditEvent.count({ where: { action: "api_key.hidden", targetId: { in: [revoked.id, expired.id] } } })).toBe(2);
  });
});
