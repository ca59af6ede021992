import { describe, expect, it } from "vitest";
import { generateApiKey, displayPrefix, hashApiKey } from "@/lib/api-keys/format";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { setGroupPermissions } from "@/lib/groups/set-group-permissions";
import { catalogueNames } from "@/lib/permissions/catalogue-reads";
import { permissionsOfUser } from "@/lib/permissions/holdings";
import { createService } from "@/lib/services/create-service";
import { deleteService } from "@/lib/services/delete-service";
import { getService, listServices } from "@/lib/services/queries";
import { SLUG_IMMUTABLE, SLUG_RESERVED } from "@/lib/services/schemas";
import { setServicePermissions } from "@/lib/services/set-service-permissions";
import { SLUG_TAKEN } from "@/lib/services/slug";
import { updateService } from "@/lib/services/update-service";
import { actorFor, seedGroup, seedService, seedUser, unique } from "../helpers/seed";

const slug = () => unique("svc").toLowerCase();

async function seedKey(userId: string, scopes: string[] | null) {
  const key = generateApiKey();
  return db.apiKey.create({
    data: { userId, name: unique("key"), prefix: displayPrefix(key), hash: hashApiKey(key), scopes: scopes && JSON.stringify(scopes) },
  });
}

const scopesOf = async (keyId: string) => {
  const { scopes } = await db.apiKey.findUniqueOrThrow({ where: { id: keyId }, select: { scopes: true } });
  return scopes === null ? null : (JSON.parse(scopes) as string[]);
};

/** The promise fails validation with an issue at `path` (and with `message`, when given). */
async function refusedAt(promise: Promise<unknown>, path: (string | number)[], message?: string) {
  const error = (await promise.then(() => null, (reason: unknown) => reason)) as { issues?: { path: unknown[]; message: string }[] } | null;
  expect(error?.issues, `refused at ${path.join(".")}`).toEqual(expect.arrayContaining([expect.objectContaining({ path, ...(message ? { message } : {}) })]));
}

const eventsOf = (action: string, targetId: string) =>
  db.auditEvent.findMany({ where: { action, targetId }, orderBy: { at: "asc" } }).then((events) => events.map((event) => ({ ...event, details: JSON.parse(event.details ?? "null") })));

describe("services", () => {
  it("are created, read, renamed and deleted, with audit events", async () => {
    const { actor } = await seedUser({ permissions: ["services:write"] });
    const s = slug();
    const service = await createService({
      actor,
      input: { name: "  Reports ", slug: s, description: "Monthly reports", permissions: [{ name: "read", description: "See reports" }, { name: "write" }] },
    });
    expect(service).toMatchObject({ name: "Reports", slug: s, description: "Monthly reports" });
    expect(service.permissions.map((p) => p.permission)).toEqual([`${s}:read`, `${s}:write`]);
    expect(service.permissions[0].description).toBe("See reports");
    expect((await eventsOf("service.created", service.id))[0].details).toMatchObject({ slug: s, permissions: [`${s}:read`, `${s}:write`] });
    expect(await catalogueNames(db)).toContain(`${s}:write`);

    const listed = (await listServices({ actor })).find((row) => row.id === service.id);
    expect(listed).toMatchObject({ permissionCount: 2 });

    const updated = await updateService({ actor, input: { serviceId: service.id, name: "Reporting", description: "" } });
    expect(updated).toMatchObject({ name: "Reporting", description: "", slug: s });
    expect((await eventsOf("service.updated", service.id))[0].details).toEqual({
      name: { before: "Reports", after: "Reporting" },
      description: { before: "Monthly reports", after: "" },
    });

    await deleteService({ actor, input: { serviceId: service.id } });
    expect(await getService({ actor, serviceId: service.id })).toBeNull();
    expect(await db.servicePermission.count({ where: { serviceId: service.id } })).toBe(0);
    expect(await catalogueNames(db)).not.toContain(`${s}:read`);
    expect((await eventsOf("service.deleted", service.id))[0].details).toMatchObject({ slug: s, permissions: [`${s}:read`, `${s}:write`] });
    await expect(deleteService({ actor, input: { serviceId: service.id } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateService({ actor, input: { serviceId: service.id, name: "x" } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("take only well-formed, free, unreserved slugs, which never change", async () => {
    const { actor } = await seedUser({ permissions: ["services:write"] });
    for (const bad of ["Reports", "1reports", "re_ports", "re ports", "-x", "a".repeat(41), ""]) {
      await refusedAt(createService({ actor, input: { name: "X", slug: bad } }), ["slug"]);
    }
    for (const reserved of ["users", "groups", "audit", "services"]) {
      await refusedAt(createService({ actor, input: { name: "X", slug: reserved } }), ["slug"], SLUG_RESERVED);
    }
    const s = slug();
    const service = await createService({ actor, input: { name: "X", slug: s } });
    const taken = createService({ actor, input: { name: "Y", slug: s } });
    await expect(taken).rejects.toBeInstanceOf(ConflictError);
    await expect(taken).rejects.toMatchObject({ code: "slug_taken", fieldErrors: { slug: [SLUG_TAKEN] } });

    const moved = updateService({ actor, input: { serviceId: service.id, slug: slug() } });
    await expect(moved).rejects.toBeInstanceOf(InvalidError);
    await expect(moved).rejects.toMatchObject({ fieldErrors: { slug: [SLUG_IMMUTABLE] } });
    // Sending the slug it has changes nothing, so it is no error.
    await expect(updateService({ actor, input: { serviceId: service.id, slug: s, name: "Z" } })).resolves.toMatchObject({ slug: s, name: "Z" });
  });

  it("refuse permission names that are malformed or listed twice", async () => {
    const { actor } = await seedUser({ permissions: ["services:write"] });
    for (const name of ["Read", "read:all", "1read", "a".repeat(41)]) {
      await refusedAt(createService({ actor, input: { name: "X", slug: slug(), permissions: [{ name }] } }), ["permissions", 0, "name"]);
    }
    await refusedAt(createService({ actor, input: { name: "X", slug: slug(), permissions: [{ name: "read" }, { name: "read" }] } }), ["permissions", 1, "name"]);
    const many = Array.from({ length: 101 }, (_, index) => ({ name: `p${index}` }));
    await refusedAt(createService({ actor, input: { name: "X", slug: slug(), permissions: many } }), ["permissions"]);
  });

  it("are readable with services:read, and changed only with services:write", async () => {
    const { actor: reader } = await seedUser({ permissions: ["services:read"] });
    const { actor: writer } = await seedUser({ permissions: ["services:write"] });
    const { actor: nobody } = await seedUser({ permissions: ["groups:read"] });
    const { service } = await seedService({ permissions: ["read"] });
    expect((await listServices({ actor: reader })).some((row) => row.id === service.id)).toBe(true);
    expect(await getService({ actor: reader, serviceId: service.id })).toMatchObject({ id: service.id });
    expect(await getService({ actor: writer, serviceId: service.id })).toMatchObject({ id: service.id });
    await expect(listServices({ actor: nobody })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getService({ actor: nobody, serviceId: service.id })).rejects.toBeInstanceOf(ForbiddenError);

    await expect(createService({ actor: reader, input: { name: "X", slug: slug() } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateService({ actor: reader, input: { serviceId: service.id, name: "X" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setServicePermissions({ actor: reader, input: { serviceId: service.id, permissions: [] } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteService({ actor: reader, input: { serviceId: service.id } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.service.count({ where: { id: service.id } })).toBe(1);
  });

  it("give Administrators their new permissions at once", async () => {
    const { user } = await seedUser({ admin: true });
    const { actor } = await seedUser({ permissions: ["services:write"] });
    const s = slug();
    await createService({ actor, input: { name: "X", slug: s, permissions: [{ name: "read" }] } });
    expect((await permissionsOfUser(db, user.id)).has(`${s}:read`)).toBe(true);
  });
});

describe("removing a service's permissions", () => {
  async function scene() {
    const { actor: admin } = await seedUser({ admin: true });
    const s = slug();
    const service = await createService({ actor: admin, input: { name: "Reports", slug: s, permissions: [{ name: "read" }, { name: "write" }] } });
    const [read, write] = [`${s}:read`, `${s}:write`];
    const group = await seedGroup();
    await setGroupPermissions({ actor: await actorFor(admin.userId), input: { groupId: group.id, permissions: [read, write, "audit:read"] } });
    const { user: owner } = await seedUser();
    await db.membership.create({ data: { userId: owner.id, groupId: group.id } });
    const onlyRead = await seedKey(owner.id, [read]);
    const mixed = await seedKey(owner.id, ["audit:read", read, write]);
    const inherit = await seedKey(owner.id, null);
    const other = await seedKey(owner.id, ["audit:read"]);
    return { admin: await actorFor(admin.userId), service, s, read, write, group, owner, keys: { onlyRead, mixed, inherit, other } };
  }

  it("by setServicePermissions: grants and scopes lose it, keys stay narrowed, each key's owner sees why", async () => {
    const { admin, service, read, write, group, owner, keys } = await scene();
    const changed = await setServicePermissions({ actor: admin, input: { serviceId: service.id, permissions: [{ name: "write", description: "Change reports" }, { name: "export" }] } });
    expect(changed.permissions.map((p) => [p.name, p.description])).toEqual([["export", ""], ["write", "Change reports"]]);

    const grants = await db.groupPermission.findMany({ where: { groupId: group.id }, select: { permission: true }, orderBy: { permission: "asc" } });
    expect(grants.map((g) => g.permission)).toEqual(["audit:read", write].sort());
    expect((await permissionsOfUser(db, owner.id)).has(read)).toBe(false);

    // A key whose chosen scopes become empty grants nothing: [] never turns into null (inherit).
    expect(await scopesOf(keys.onlyRead.id)).toEqual([]);
    expect(await scopesOf(keys.mixed.id)).toEqual(["audit:read", write]);
    expect(await scopesOf(keys.inherit.id)).toBeNull();
    expect(await scopesOf(keys.other.id)).toEqual(["audit:read"]);

    const [onlyReadEvent] = await eventsOf("api_key.scopes_changed", keys.onlyRead.id);
    expect(onlyReadEvent).toMatchObject({ targetType: "api_key", actorId: admin.userId });
    expect(onlyReadEvent.targetLabel).toContain(keys.onlyRead.name);
    expect(onlyReadEvent.details).toMatchObject({ owner: owner.email, scopes: { before: [read], after: [] }, removed: [read] });
    expect(await eventsOf("api_key.scopes_changed", keys.mixed.id)).toHaveLength(1);
    expect(await eventsOf("api_key.scopes_changed", keys.inherit.id)).toHaveLength(0);
    expect(await eventsOf("api_key.scopes_changed", keys.other.id)).toHaveLength(0);

    const [event] = await eventsOf("service.permissions_changed", service.id);
    expect(event.details).toMatchObject({ added: [`${service.slug}:export`], removed: [read], descriptionsChanged: [write], groupsLosingGrants: [group.name], keysNarrowed: 2 });
  });

  it("by only changing descriptions: nothing else is touched", async () => {
    const { admin, service, read, write, keys } = await scene();
    await setServicePermissions({ actor: admin, input: { serviceId: service.id, permissions: [{ name: "read", description: "See" }, { name: "write" }] } });
    expect(await scopesOf(keys.mixed.id)).toEqual(["audit:read", read, write]);
    expect((await eventsOf("service.permissions_changed", service.id))[0].details).toMatchObject({ added: [], removed: [], descriptionsChanged: [read] });
    // The same set again records nothing.
    await setServicePermissions({ actor: admin, input: { serviceId: service.id, permissions: [{ name: "read", description: "See" }, { name: "write" }] } });
    expect(await eventsOf("service.permissions_changed", service.id)).toHaveLength(1);
  });

  it("by deleting the service: groups lose the grants, keys' scopes lose them and stay narrowed, all audited", async () => {
    const { admin, service, read, write, group, owner, keys } = await scene();
    await deleteService({ actor: admin, input: { serviceId: service.id } });
    const grants = await db.groupPermission.findMany({ where: { groupId: group.id }, select: { permission: true } });
    expect(grants.map((g) => g.permission)).toEqual(["audit:read"]);
    expect(await scopesOf(keys.onlyRead.id)).toEqual([]);
    expect(await scopesOf(keys.mixed.id)).toEqual(["audit:read"]);
    expect(await scopesOf(keys.inherit.id)).toBeNull();
    const held = await permissionsOfUser(db, owner.id);
    expect(held.has(read) || held.has(write)).toBe(false);

    const [mixedEvent] = await eventsOf("api_key.scopes_changed", keys.mixed.id);
    expect(mixedEvent.details).toMatchObject({ owner: owner.email, scopes: { before: ["audit:read", read, write], after: ["audit:read"] }, removed: [read, write] });
    expect(await eventsOf("api_key.scopes_changed", keys.onlyRead.id)).toHaveLength(1);
    expect((await eventsOf("service.deleted", service.id))[0].details).toMatchObject({ groupsLosingGrants: [group.name], keysNarrowed: 2 });
  });

  it("a new service with a removed permission's name does not revive old grants", async () => {
    const { admin, service, s, read, group } = await scene();
    await deleteService({ actor: admin, input: { serviceId: service.id } });
    await createService({ actor: admin, input: { name: "Again", slug: s, permissions: [{ name: "read" }] } });
    expect(await db.groupPermission.count({ where: { groupId: group.id, permission: read } })).toBe(0);
  });
});
