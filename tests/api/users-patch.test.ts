import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { api, seedKey } from "../helpers/api";
import { seedUser } from "../helpers/seed";

describe("PATCH /api/v1/users/{id}", () => {
  it("changes several fields at once, each audited", async () => {
    const { user: admin } = await seedUser({ admin: true });
    const { key } = await seedKey(admin.id);
    const { user } = await seedUser();
    const answer = await api(`/api/v1/users/${user.id}`, { key, method: "PATCH", body: { name: "Both Changed", status: "DISABLED" } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ name: "Both Changed", status: "DISABLED" });
    const actions = (await db.auditEvent.findMany({ where: { targetId: user.id }, select: { action: true } })).map((event) => event.action);
    expect(actions.sort()).toEqual(["user.disabled", "user.updated"]);
  });

  it("changes nothing when one part is refused", async () => {
    const { user: admin } = await seedUser({ admin: true });
    const { key } = await seedKey(admin.id);
    // Disabling oneself is refused after the rename has been made inside the transaction.
    const refused = await api(`/api/v1/users/${admin.id}`, { key, method: "PATCH", body: { name: "Should Not Stick", status: "DISABLED" } });
    expect(refused.status).toBe(403);
    const { user: other } = await seedUser();
    const { user: third } = await seedUser();
    const taken = await api(`/api/v1/users/${third.id}`, { key, method: "PATCH", body: { name: "Nor This", email: other.email } });
    expect(taken.status).toBe(409);
    expect(taken.body?.errors).toEqual([{ field: "email", message: "Email already in use" }]);
    const weak = await api(`/api/v1/users/${other.id}`, { key, method: "PATCH", body: { name: "Nor That", password: "password1234" } });
    expect(weak.status).toBe(422);

    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).name).toBe(admin.name);
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).name).toBe(other.name);
    expect((await db.user.findUniqueOrThrow({ where: { id: third.id } })).name).toBe(third.name);
    expect(await db.auditEvent.count({ where: { targetId: { in: [admin.id, other.id, third.id] }, action: "user.updated" } })).toBe(0);
  });
});
