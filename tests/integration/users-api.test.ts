// /api/v1 users, groups and audit events: the route handlers called as Next.js calls them,
// with real keys seeded into this file's database.
import { describe, expect, it } from "vitest";
import * as auditRoute from "@/app/api/v1/audit-events/route";
import * as groupMemberRoute from "@/app/api/v1/groups/[id]/members/[userId]/route";
import * as groupPermissionsRoute from "@/app/api/v1/groups/[id]/permissions/route";
import * as groupRoute from "@/app/api/v1/groups/[id]/route";
import * as groupsRoute from "@/app/api/v1/groups/route";
import * as userRoute from "@/app/api/v1/users/[id]/route";
import * as usersRoute from "@/app/api/v1/users/route";
import { db } from "@/lib/db";
import { seedKey } from "../helpers/api";
import { administratorsGroup, seedGroup, seedUser, unique } from "../helpers/seed";

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

async function call<P>(handler: Handler<P>, { key, path = "/", method = "GET", body, params = {} as P }: { key: string; path?: string; method?: string; body?: unknown; params?: P }) {
  const request = new Request(`http://latchkey.test/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
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
    const created = await call(usersRoute.POST, { key, method: "POST", body: { name: `Api ${tag}`, email: `${tag}@Example.test` } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.user).toMatchObject({ name: `Api ${tag}`, email: `${tag}@example.test`, status: "ACTIVE" });
    expect(created.body.generatedPassword).toEqual(expect.any(String));
    expect(created.body.user).not.toHaveProperty("passwordHash");
    const id = created.body.user.id as string;

    const duplicate = await call(usersRoute.POST, { key, method: "POST", body: { name: "Again", email: `${tag.toUpperCase()}@example.test` } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors).toEqual([{ field: "email", message: "Email already in use" }]);
    const unknownField = await call(usersRoute.POST, { key, method: "POST", body: { name: "X", email: `${tag}x@example.test`, admin: true } });
    expect(unknownField.status).toBe(422);

    const listed = await call(usersRoute.GET, { key, path: `/users?q=${tag.toUpperCase()}&limit=1` });
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ data: [expect.objectContaining({ id, groupCount: 0 })], next_cursor: null });

    const group = await seedGroup({ permissions: ["users:read"] });
    expect((await call(groupMemberRoute.PUT, { key, method: "PUT", params: { id: group.id, userId: id } })).status).toBe(204);
    const read = await call(userRoute.GET, { key, params: { id } });
    expect(read.body).toMatchObject({ id, groups: [{ id: group.id, name: group.name, builtIn: false }], permissions: ["users:read"] });

    const patched = await call(userRoute.PATCH, { key, method: "PATCH", params: { id }, body: { name: "Renamed", status: "DISABLED" } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: "Renamed", status: "DISABLED" });
    expect((await call(userRoute.PATCH, { key, method: "PATCH", params: { id }, body: {} })).status).toBe(422);

    expect((await call(userRoute.DELETE, { key, method: "DELETE", params: { id } })).status).toBe(204);
    expect((await call(userRoute.GET, { key, params: { id } })).status).toBe(404);
  });

  it("answers 403 without the permission and 409 for the last administrator", async () => {
    const { user: reader } = await seedUser({ permissions: ["users:read"] });
    const readerKey = (await seedKey(reader.id)).key;
    const denied = await call(usersRoute.POST, { key: readerKey, method: "POST", body: { name: "X", email: `${unique("x")}@example.test` } });
    expect(denied.status).toBe(403);

    const administrators = await administratorsGroup();
    await db.membership.deleteMany({ where: { groupId: administrators.id } });
    const { user: admin } = await seedUser({ admin: true });
    const key = (await seedKey(admin.id)).key;
    const refused = await call(groupMemberRoute.DELETE, { key, method: "DELETE", params: { id: administrators.id, userId: admin.id } });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/at least one active member/);
    expect((await call(userRoute.DELETE, { key, method: "DELETE", params: { id: admin.id } })).status).toBe(403);
  });
});

describe("/api/v1/groups", () => {
  it("creates, renames, sets permissions, pages and deletes groups", async () => {
    const key = await adminKey();
    const name = unique("Ops");
    const created = await call(groupsRoute.POST, { key, method: "POST", body: { name, description: "On call" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name, description: "On call", builtIn: false, permissions: [], memberCount: 0 });
    const id = created.body.id as string;
    expect((await call(groupsRoute.POST, { key, method: "POST", body: { name: name.toLowerCase() } })).status).toBe(409);

    const permissions = await call(groupPermissionsRoute.PUT, { key, method: "PUT", params: { id }, body: { permissions: ["users:read", "audit:read"] } });
    expect(permissions.body).toEqual({ permissions: ["audit:read", "users:read"] });
    const renamed = await call(groupRoute.PATCH, { key, method: "PATCH", params: { id }, body: { name: `${name} 2` } });
    expect(renamed.body).toMatchObject({ name: `${name} 2`, permissions: ["audit:read", "users:read"] });

    const administrators = await administratorsGroup();
    expect((await call(groupRoute.PATCH, { key, method: "PATCH", params: { id: administrators.id }, body: { name: "Root" } })).status).toBe(409);
    expect((await call(groupRoute.DELETE, { key, method: "DELETE", params: { id: administrators.id } })).status).toBe(409);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { data: { id: string }[]; next_cursor: string | null } } = await call(groupsRoute.GET, { key, path: `/groups?limit=1${cursor ? `&cursor=${cursor}` : ""}` });
      seen.push(...page.body.data.map((group) => group.id));
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual(expect.arrayContaining([id, administrators.id]));

    expect((await call(groupRoute.DELETE, { key, method: "DELETE", params: { id } })).status).toBe(204);
    expect((await call(groupRoute.GET, { key, params: { id } })).status).toBe(404);
  });
});

describe("/api/v1/audit-events", () => {
  it("lists what was done through the API, with the key that did it", async () => {
    const { user } = await seedUser({ admin: true });
    const { key, row } = await seedKey(user.id);
    const name = unique("Audited");
    await call(groupsRoute.POST, { key, method: "POST", body: { name } });
    const events = await call(auditRoute.GET, { key, path: "/audit-events?action=group.created&limit=5" });
    expect(events.status).toBe(200);
    expect(events.body.data[0]).toMatchObject({
      action: "group.created",
      actor: { userId: user.id, email: user.email, keyId: row.id },
      target: { type: "group", label: name },
      details: { name, description: "" },
    });
    const { user: plain } = await seedUser({ permissions: ["users:read"] });
    expect((await call(auditRoute.GET, { key: (await seedKey(plain.id)).key, path: "/audit-events" })).status).toBe(403);
  });
});
