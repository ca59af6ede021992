import { describe, expect, it } from "vitest";
import { createAccessPreset } from "@/lib/access-presets/create-access-preset";
import { deleteAccessPreset } from "@/lib/access-presets/delete-access-preset";
import { listAccessPresets } from "@/lib/access-presets/queries";
import { updateAccessPreset } from "@/lib/access-presets/update-access-preset";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { NOTHING_OF_PRESET } from "@/lib/api-keys/key-access";
import type { CreateApiKeyInput } from "@/lib/api-keys/schemas";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { CANNOT_GRANT } from "@/lib/permissions/escalation";
import { actorFor, seedService, seedUser, unique } from "../helpers/seed";

const keyInput = (overrides: Partial<CreateApiKeyInput> = {}): CreateApiKeyInput => ({
  name: unique("key"),
  description: "",
  expiration: "1y",
  access: "inherit",
  scopes: [],
  ...overrides,
});

describe("access presets", () => {
  it("creates, lists, updates and deletes a preset, each audited", async () => {
    const { actor: admin } = await seedUser({ admin: true });
    const name = unique("Read-only");
    const preset = await createAccessPreset({ actor: admin, input: { name, description: "Reads", permissions: ["users:read", "groups:read", "users:read"] } });
    expect(preset).toMatchObject({ name, description: "Reads", permissions: ["groups:read", "users:read"] });
    expect((await listAccessPresets({ actor: admin })).find((p) => p.id === preset.id)).toEqual(preset);

    const renamed = unique("Readers");
    const updated = await updateAccessPreset({ actor: admin, input: { id: preset.id, name: renamed, description: "", permissions: ["audit:read"] } });
    expect(updated).toMatchObject({ id: preset.id, name: renamed, permissions: ["audit:read"] });

    await deleteAccessPreset({ actor: admin, input: { id: preset.id } });
    expect(await db.accessPreset.findUnique({ where: { id: preset.id } })).toBeNull();
    await expect(deleteAccessPreset({ actor: admin, input: { id: preset.id } })).rejects.toBeInstanceOf(NotFoundError);

    const events = await db.auditEvent.findMany({ where: { targetId: preset.id }, orderBy: { at: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["access_preset.created", "access_preset.updated", "access_preset.deleted"]);
    expect(JSON.parse(events[1].details!)).toMatchObject({ name: { before: name, after: renamed }, permissions: { before: ["groups:read", "users:read"], after: ["audit:read"] } });
  });

  it("keeps names unique", async () => {
    const { actor: admin } = await seedUser({ admin: true });
    const name = unique("Preset");
    await createAccessPreset({ actor: admin, input: { name, permissions: ["users:read"] } });
    await expect(createAccessPreset({ actor: admin, input: { name, permissions: ["groups:read"] } })).rejects.toBeInstanceOf(ConflictError);
  });

  it("refuses a permission that is not in the catalogue", async () => {
    const { actor: admin } = await seedUser({ admin: true });
    await expect(createAccessPreset({ actor: admin, input: { name: unique("P"), permissions: ["nosuch:read"] } })).rejects.toThrow(/No such permission: nosuch:read/);
    const { permissions } = await seedService({ permissions: ["read"] });
    // Administrators hold a service's permissions once it defines them (read the actor again).
    const preset = await createAccessPreset({ actor: await actorFor(admin.userId), input: { name: unique("P"), permissions } });
    expect(preset.permissions).toEqual(permissions);
  });

  it("needs api_keys:manage to manage presets; key creators may list them", async () => {
    const { actor: creator } = await seedUser({ permissions: ["api_keys:create", "users:read"] });
    await expect(createAccessPreset({ actor: creator, input: { name: unique("P"), permissions: ["users:read"] } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAccessPresets({ actor: creator })).resolves.toBeInstanceOf(Array);
    const { actor: nobody } = await seedUser({ permissions: ["users:read"] });
    await expect(listAccessPresets({ actor: nobody })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a preset with permissions its creator lacks, and changes to presets carrying them", async () => {
    const { actor: manager } = await seedUser({ permissions: ["api_keys:manage", "users:read"] });
    await expect(createAccessPreset({ actor: manager, input: { name: unique("P"), permissions: ["users:read", "users:write"] } })).rejects.toThrow(CANNOT_GRANT);
    const { actor: admin } = await seedUser({ admin: true });
    const wide = await createAccessPreset({ actor: admin, input: { name: unique("Wide"), permissions: ["users:read", "users:write"] } });
    // Narrowing or deleting a preset the manager could not have built is refused too.
    await expect(updateAccessPreset({ actor: manager, input: { id: wide.id, name: wide.name, permissions: ["users:read"] } })).rejects.toThrow(CANNOT_GRANT);
    await expect(deleteAccessPreset({ actor: manager, input: { id: wide.id } })).rejects.toThrow(CANNOT_GRANT);
    expect(await db.accessPreset.count({ where: { id: wide.id } })).toBe(1);
  });

  it("a key made from a preset gets the preset's permissions that its owner holds, no more", async () => {
    const { actor: admin } = await seedUser({ admin: true });
    const preset = await createAccessPreset({ actor: admin, input: { name: unique("Ops"), permissions: ["audit:read", "users:read", "users:write"] } });
    const { actor } = await seedUser({ permissions: ["api_keys:create", "users:read", "audit:read"] });
    const { key } = await createApiKey({ actor, input: keyInput({ access: "preset", presetId: preset.id }) });
    expect(key.scopes).toEqual(["audit:read", "users:read"]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "api_key.created", targetId: key.id } });
    expect(JSON.parse(event.details!)).toMatchObject({ scopes: ["audit:read", "users:read"], preset: { id: preset.id, notHeld: ["users:write"] } });

    // Scopes sent alongside a preset are ignored: the server computes them.
    const { key: second } = await createApiKey({ actor, input: keyInput({ access: "preset", presetId: preset.id, scopes: ["users:write"] }) });
    expect(second.scopes).toEqual(["audit:read", "users:read"]);

    // Editing the preset later changes no key made from it.
    await updateAccessPreset({ actor: admin, input: { id: preset.id, name: preset.name, permissions: ["users:write"] } });
    expect(JSON.parse((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).scopes!)).toEqual(["audit:read", "users:read"]);
  });

  it("refuses a preset key when the owner holds none of it, or the preset is gone", async () => {
    const { actor: admin } = await seedUser({ admin: true });
    const preset = await createAccessPreset({ actor: admin, input: { name: unique("Writers"), permissions: ["users:write"] } });
    const { actor } = await seedUser({ permissions: ["api_keys:create", "users:read"] });
    await expect(createApiKey({ actor, input: keyInput({ access: "preset", presetId: preset.id }) })).rejects.toMatchObject({ fieldErrors: { presetId: [NOTHING_OF_PRESET] } });
    await expect(createApiKey({ actor, input: keyInput({ access: "preset", presetId: "gone" }) })).rejects.toBeInstanceOf(InvalidError);
    await expect(createApiKey({ actor, input: keyInput({ access: "preset" }) })).rejects.toThrow();
    expect(await db.apiKey.count({ where: { userId: actor.userId } })).toBe(0);
  });
});
