// /api/v1 users, groups and audit events: the API app called in-process (no HTTP server), with
// real keys seeded into this file's database.
import { describe, expect, it } from "vitest";
import { apiApp } from "@/lib/api/app";
import { db } from "@/lib/db";
import { seedKey } from "../helpers/api";
import { administratorsGroup, seedGroup, seedUser, unique } from "../helpers/seed";

async function call(path: string, { key, method = "GET", body }: { key: string; method?: string; body?: unknown }) {
  const response = await apiApp.request(`/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

async function adminKey() {
  const { user } = await seedUser({ admin: true });
  await seedUser({ admin: true });
  return (await seedKey(user.id)).key;
}

describe("/api/v1/users", () => {
  it("lists with search and cursor, creates, reads, changes and deletes", async () => {
    const key = await adminKey();
    const tag = unique("api").toLowerCase();
    const created = await call("/users", { key, method: "POST", body: { name: `Api ${tag}`, email: `${tag}@Example.test` } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.user).toMatchObject({ name: `Api ${tag}`, email: `${tag}@example.test`, status: "ACTIVE" });
    expect(created.body.generatedPassword).toEqual(expect.any(String));
    expect(created.body.user).not.toHaveProperty("passwordHash");
    const id = created.body.user.id as string;

    const duplicate = await call("/users", { key, method: "POST", body: { name: "Again", email: `${tag.toUpperCase()}@example.test` } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors).toEqual([{ field: "email", message: "Email already in use" }]);
    expect(duplicate.body).toMatchObject({ code: "email_taken", type: "/docs/api#problem-email_taken" });
    const unknownField = await call("/users", { key, method: "POST", body: { name: "X", email: `${tag}x@example.test`, admin: true } });
    expect(unknownField.status).toBe(422);

    const listed = await call(`/users?q=${tag.toUpperCase()}&limit=1`, { key });
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ data: [expect.objectContaining({ id, groupCount: 0 })], next_cursor: null });

    const group = await seedGroup({ permissions: ["users:read"] });
    expect((await call(`/groups/${group.id}/members/${id}`, { key, method: "PUT" })).status).toBe(204);
    const read = await call(`/users/${id}`, { key });
    expect(read.body).toMatchObject({ id, groups: [{ id: group.id, name: group.name, builtIn: false }], permissions: ["users:read"] });

    const patched = await call(`/users/${id}`, { key, method: "PATCH", body: { name: "Renamed", status: "DISABLED" } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: "Renamed", status: "DISABLED" });
    expect((await call(`/users/${id}`, { key, method: "PATCH", body: {} })).status).toBe(422);

    expect((await call(`/users/${id}`, { key, method: "DELETE" })).status).toBe(204);
    expect((await call(`/users/${id}`, { key })).status).toBe(404);
  });

  it("answers 403 without the permission and 409 for the last administrator", async () => {
    const { user: reader } = await seedUser({ permissions: ["users:read"] });
    const readerKey = (await seedKey(reader.id)).key;
    const denied = await call("/users", { key: readerKey, method: "POST", body: { name: "X", email: `${unique("x")}@example.test` } });
    expect(denied.status).toBe(403);

    const administrators = await administratorsGroup();
    await db.membership.deleteMany({ where: { groupId: administrators.id } });
    const { user: admin } = await seedUser({ admin: true });
    const key = (await seedKey(admin.id)).key;
    const refused = await call(`/groups/${administrators.id}/members/${admin.id}`, { key, method: "DELETE" });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/at least one active member/);
    expect(refused.body.code).toBe("last_administrator");
    expect((await call(`/users/${admin.id}`, { key, method: "DELETE" })).status).toBe(403);
  });
});

describe("/api/v1/groups", () => {
  it("creates, renames, sets permissions, pages and deletes groups", async () => {
    const key = await adminKey();
    const name = unique("Ops");
    const created = await call("/groups", { key, method: "POST", body: { name, description: "On call" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name, description: "On call", builtIn: false, permissions: [], memberCount: 0 });
    const id = created.body.id as string;
    const taken = await call("/groups", { key, method: "POST", body: { name: name.toLowerCase() } });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe("group_name_taken");

    const permissions = await call(`/groups/${id}/permissions`, { key, method: "PUT", body: { permissions: ["users:read", "audit:read"] } });
    expect(permissions.body).toEqual({ permissions: ["audit:read", "users:read"] });
    const renamed = await call(`/groups/${id}`, { key, method: "PATCH", body: { name: `${name} 2` } });
    expect(renamed.body).toMatchObject({ name: `${name} 2`, permissions: ["audit:read", "users:read"] });

    const administrators = await administratorsGroup();
    for (const refused of [
      await call(`/groups/${administrators.id}`, { key, method: "PATCH", body: { name: "Root" } }),
      await call(`/groups/${administrators.id}`, { key, method: "DELETE" }),
      await call(`/groups/${administrators.id}/permissions`, { key, method: "PUT", body: { permissions: [] } }),
    ]) {
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe("built_in_group");
    }

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { data: { id: string }[]; next_cursor: string | null } } = await call(`/groups?limit=1${cursor ? `&cursor=${cursor}` : ""}`, { key });
      seen.push(...page.body.data.map((group) => group.id));
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual(expect.arrayContaining([id, administrators.id]));

    expect((await call(`/groups/${id}`, { key, method: "DELETE" })).status).toBe(204);
    expect((await call(`/groups/${id}`, { key })).status).toBe(404);
  });
});

describe("/api/v1/audit-events", () => {
  it("lists what was done through the API, with the key that did it", async () => {
    const { user } = await seedUser({ admin: true });
    const { key, row } = await seedKey(user.id);
    const name = unique("Audited");
    await call("/groups", { key, method: "POST", body: { name } });
    const events = await call("/audit-events?action=group.created&limit=5", { key });
    expect(events.status).toBe(200);
    expect(events.body.data[0]).toMatchObject({
      action: "group.created",
      actor: { userId: user.id, email: user.email, keyId: row.id },
      target: { type: "group", label: name },
      details: { name, description: "" },
    });
    const { user: plain } = await seedUser({ permissions: ["users:read"] });
    expect((await call("/audit-events", { key: (await seedKey(plain.id)).key })).status).toBe(403);
  });
});
