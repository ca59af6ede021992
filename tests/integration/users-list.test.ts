import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { listUsers, listUsersAfter, searchUsers } from "@/lib/users/queries";
import { seedGroup, seedUser, unique } from "../helpers/seed";

const base = { status: "all", sort: "name", dir: "asc", page: 1, pageSize: 20 } as const;
let reader: Actor;
let picker: Actor;
beforeAll(async () => {
  reader = (await seedUser({ permissions: ["users:read"] })).actor;
  picker = (await seedUser({ permissions: ["groups:write"] })).actor;
});

describe("the users list", () => {
  it("searches names and emails ignoring case, on both databases", async () => {
    const tag = unique("zq").toLowerCase();
    const { user: ada } = await seedUser({ name: `Ada LOVELACE ${tag}` });
    const { user: mail } = await seedUser({ name: "Mail Only", email: `${tag}.Person@Example.test` });
    await seedUser({ name: "Someone Else" });

    const byName = await listUsers({ actor: reader, ...base, q: `lovelace ${tag.toUpperCase()}` });
    expect(byName.rows.map((row) => row.id)).toEqual([ada.id]);
    const byTag = await listUsers({ actor: reader, ...base, q: tag.toUpperCase() });
    expect(byTag.total).toBe(2);
    expect(byTag.rows.map((row) => row.id)).toEqual([ada.id, mail.id]);
    expect((await listUsers({ actor: reader, ...base, q: "%" })).total).toBe(0);
    expect((await listUsers({ actor: reader, ...base, q: "_" })).total).toBe(0);
  });

  it("filters by status, sorts, pages, and counts", async () => {
    const tag = unique("st").toLowerCase();
    const created = [];
    for (const [index, status] of (["ACTIVE", "DISABLED", "ACTIVE", "ACTIVE"] as const).entries()) {
      created.push((await seedUser({ name: `${tag} ${String.fromCharCode(100 - index)}`, status })).user);
    }
    await db.user.update({ where: { id: created[2].id }, data: { lastLoginAt: new Date() } });

    const active = await listUsers({ actor: reader, ...base, q: tag, status: "active" });
    expect(active.total).toBe(3);
    expect(active.rows.map((row) => row.name)).toEqual([`${tag} a`, `${tag} b`, `${tag} d`]);
    expect((await listUsers({ actor: reader, ...base, q: tag, status: "disabled" })).rows.map((row) => row.id)).toEqual([created[1].id]);

    const newest = await listUsers({ actor: reader, ...base, q: tag, sort: "createdAt", dir: "desc", pageSize: 2, page: 2 });
    expect(newest).toMatchObject({ total: 4 });
    expect(newest.rows.map((row) => row.id)).toEqual([created[1].id, created[0].id]);
    // Never signed in sorts last in both directions.
    for (const dir of ["asc", "desc"] as const) {
      expect((await listUsers({ actor: reader, ...base, q: tag, sort: "lastLoginAt", dir })).rows[0].id).toBe(created[2].id);
    }
    expect((await listUsers({ actor: reader, ...base, q: tag, page: 9 })).rows).toEqual([]);
  });

  it("pages through everything by cursor for the API", async () => {
    const tag = unique("cur").toLowerCase();
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add((await seedUser({ name: `${tag} ${i}` })).user.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await listUsersAfter({ actor: reader, q: tag, status: "all", limit: 2, cursor });
      seen.push(...page.rows.map((row) => row.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(ids);
  });

  it("offers only non-members in the member picker", async () => {
    const tag = unique("pick").toLowerCase();
    const group = await seedGroup();
    const { user: member } = await seedUser({ name: `${tag} member` });
    const { user: other } = await seedUser({ name: `${tag} other` });
    await db.membership.create({ data: { userId: member.id, groupId: group.id } });
    expect((await searchUsers({ actor: picker, q: tag, notInGroupId: group.id })).map((row) => row.id)).toEqual([other.id]);
    expect((await searchUsers({ actor: picker, q: tag })).map((row) => row.id)).toEqual([member.id, other.id]);
  });
});
