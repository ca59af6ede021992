import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SLUG_IMMUTABLE } from "@/lib/services/schemas";
import { SLUG_TAKEN } from "@/lib/services/slug";
import { api, seedKey } from "../helpers/api";
import { seedGroup, seedUser, unique } from "../helpers/seed";

const slug = () => unique("api").toLowerCase();

describe("/api/v1/services", () => {
  it("creates, reads, changes and deletes a service", async () => {
    const { user: admin } = await seedUser({ admin: true });
    const { key } = await seedKey(admin.id);
    const s = slug();
    const created = await api("/api/v1/services", {
      key,
      method: "POST",
      body: { name: "Reports", slug: s, description: "Monthly", permissions: [{ name: "read", description: "See reports" }, { name: "write" }] },
    });
    expect(created.status).toBe(201);
    const id = created.body?.id as string;
    expect(created.headers.get("Location")).toBe(`/api/v1/services/${id}`);
    expect(created.body).toMatchObject({
      name: "Reports",
      slug: s,
      description: "Monthly",
      permissions: [`${s}:read`, `${s}:write`],
      permissionDetails: [{ permission: `${s}:read`, description: "See reports" }, { permission: `${s}:write`, description: "" }],
    });

    const read = await api(`/api/v1/services/${id}`, { key });
    expect(read.status).toBe(200);
    expect(read.headers.get("ETag")).toBeTruthy();
    expect(read.body).toEqual(created.body);
    const listed = await api("/api/v1/services?limit=100", { key });
    expect((listed.body?.data as { id: string }[]).map((service) => service.id)).toContain(id);

    const renamed = await api(`/api/v1/services/${id}`, { key, method: "PATCH", body: { name: "Reporting" } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "Reporting", slug: s });

    const replaced = await api(`/api/v1/services/${id}/permissions`, { key, method: "PUT", body: { permissions: [{ name: "write", description: "Change" }] } });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ permissions: [`${s}:write`], permissionDetails: [{ permission: `${s}:write`, description: "Change" }] });

    expect((await api(`/api/v1/services/${id}`, { key, method: "DELETE" })).status).toBe(204);
    expect((await api(`/api/v1/services/${id}`, { key })).status).toBe(404);
  });

  it("refuses a taken, reserved or malformed slug, and a changed one", async () => {
    const { user: admin } = await seedUser({ admin: true });
    const { key } = await seedKey(admin.id);
    const s = slug();
    const { body } = await api("/api/v1/services", { key, method: "POST", body: { name: "A", slug: s, permissions: [] } });
    const taken = await api("/api/v1/services", { key, method: "POST", body: { name: "B", slug: s, permissions: [] } });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: "slug_taken", errors: [{ field: "slug", message: SLUG_TAKEN }] });
    for (const bad of ["users", "Upper", "1x"]) {
      const refused = await api("/api/v1/services", { key, method: "POST", body: { name: "B", slug: bad, permissions: [] } });
      expect(refused.status, bad).toBe(422);
      expect((refused.body?.errors as { field: string }[]).map((error) => error.field)).toContain("slug");
    }
    const twice = await api("/api/v1/services", { key, method: "POST", body: { name: "B", slug: slug(), permissions: [{ name: "read" }, { name: "read" }] } });
    expect(twice.status).toBe(422);
    const moved = await api(`/api/v1/services/${body?.id as string}`, { key, method: "PATCH", body: { slug: slug() } });
    expect(moved.status).toBe(422);
    expect(moved.body).toMatchObject({ code: "validation_failed", errors: [{ field: "slug", message: SLUG_IMMUTABLE }] });
  });

  it("deleting a service narrows keys that chose its permissions; such a key keeps [] and can do nothing", async () => {
    const { user: admin } = await seedUser({ admin: true });
    const { key } = await seedKey(admin.id);
    const s = slug();
    const { body } = await api("/api/v1/services", { key, method: "POST", body: { name: "A", slug: s, permissions: [{ name: "read" }] } });
    const group = await seedGroup({ permissions: [`${s}:read`, "users:read"] });
    const { user } = await seedUser();
    await db.membership.create({ data: { userId: user.id, groupId: group.id } });
    const narrowed = await seedKey(user.id, { scopes: [`${s}:read`] });
    expect((await api(`/api/v1/services/${body?.id as string}`, { key, method: "DELETE" })).status).toBe(204);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: narrowed.row.id } })).scopes).toBe("[]");
    // The owner holds users:read, but the key's chosen scopes are now empty: it grants nothing.
    expect((await api("/api/v1/users?limit=1", { key: narrowed.key })).status).toBe(403);
    expect(await db.auditEvent.count({ where: { action: "api_key.scopes_changed", targetId: narrowed.row.id } })).toBe(1);
  });

  it("reads with services:read; writes need services:write", async () => {
    const { user } = await seedUser({ permissions: ["services:read"] });
    const { key } = await seedKey(user.id);
    const listing = await api("/api/v1/services", { key });
    expect(listing.status, listing.text).toBe(200);
    const refused = await api("/api/v1/services", { key, method: "POST", body: { name: "A", slug: slug(), permissions: [] } });
    expect(refused.status).toBe(403);
    expect(refused.body?.code).toBe("permission_missing");
  });

  it("reads with services:write alone, as the console does: who may change services may see them", async () => {
    const { user } = await seedUser({ permissions: ["services:write"] });
    const { key } = await seedKey(user.id);
    const created = await api("/api/v1/services", { key, method: "POST", body: { name: "Writer's", slug: slug(), permissions: [] } });
    expect(created.status, created.text).toBe(201);
    const listing = await api("/api/v1/services?limit=100", { key });
    expect(listing.status, listing.text).toBe(200);
    const read = await api(`/api/v1/services/${created.body?.id as string}`, { key });
    expect(read.status, read.text).toBe(200);
  });

  it("finds services by ?q= in their name or slug, ignoring case, on both databases", async () => {
    const { user: admin } = await seedUser({ admin: true });
    const { key } = await seedKey(admin.id);
    const marker = unique("Quarterly").replace(/[^A-Za-z0-9]/g, "");
    const s = slug();
    const created = await api("/api/v1/services", { key, method: "POST", body: { name: `${marker} Reports`, slug: s, permissions: [] } });
    expect(created.status, created.text).toBe(201);
    for (const q of [marker.toLowerCase(), marker.toUpperCase(), s.toUpperCase()]) {
      const found = await api(`/api/v1/services?limit=100&q=${encodeURIComponent(q)}`, { key });
      expect((found.body?.data as { id: string }[]).map((service) => service.id), q).toEqual([created.body?.id]);
    }
  });
});
