import { describe, expect, it } from "vitest";
import { listAuditActions, listAuditEvents } from "@/lib/audit/queries";
import { createGroup } from "@/lib/groups/create-group";
import { updateUser } from "@/lib/users/update-user";
import { seedUser, unique } from "../helpers/seed";

describe("the audit log", () => {
  it("lists events newest first, filtered by action and actor, page by page", async () => {
    const { actor: alice } = await seedUser({ admin: true, email: `${unique("alice")}@example.test` });
    const { actor: bob } = await seedUser({ admin: true, email: `${unique("bob")}@example.test` });
    const { user } = await seedUser();
    for (let i = 0; i < 3; i++) await updateUser({ actor: alice, input: { userId: user.id, name: `Name ${i}` } });
    await createGroup({ actor: bob, input: { name: unique("Team") } });

    expect(await listAuditActions({ actor: alice })).toEqual(expect.arrayContaining(["group.created", "user.updated"]));
    const updates = await listAuditEvents({ actor: alice, input: { action: "user.updated", limit: 10 } });
    expect(updates.rows.map((event) => event.details)).toEqual([2, 1, 0].map((i) => ({ name: { before: i ? `Name ${i - 1}` : user.name, after: `Name ${i}` } })));
    expect(updates.rows[0]).toMatchObject({ actorId: alice.userId, targetId: user.id, ip: "203.0.113.7" });

    const byBob = await listAuditEvents({ actor: alice, input: { actor: bob.email.slice(0, 8).toUpperCase(), limit: 10 } });
    expect(byBob.rows.map((event) => event.action)).toEqual(["group.created"]);

    const first = await listAuditEvents({ actor: alice, input: { action: "user.updated", limit: 2 } });
    expect(first.nextCursor).not.toBeNull();
    const second = await listAuditEvents({ actor: alice, input: { action: "user.updated", limit: 2, cursor: first.nextCursor! } });
    expect([...first.rows, ...second.rows].map((event) => event.id)).toEqual(updates.rows.map((event) => event.id));
    expect(second.nextCursor).toBeNull();
    // A garbled cursor starts again from the newest rather than failing.
    expect((await listAuditEvents({ actor: alice, input: { action: "user.updated", limit: 1, cursor: "garbage" } })).rows[0].id).toBe(updates.rows[0].id);
  });
});
