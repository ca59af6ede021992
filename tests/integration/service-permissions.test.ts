import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { permissionsOfUser } from "@/lib/permissions/holdings";
import { setGroupPermissions } from "@/lib/groups/set-group-permissions";
import { seedGroup, seedService, seedUser } from "../helpers/seed";

// Services' permissions join the catalogue: groups grant them, Administrators hold them all,
// and once a service's permission is gone no stale grant confers it.
describe("service permissions in the catalogue", () => {
  it("Administrators hold a service's permissions as soon as it defines them", async () => {
    const { user } = await seedUser({ admin: true });
    const { permissions } = await seedService({ permissions: ["read", "write"] });
    const held = await permissionsOfUser(db, user.id);
    for (const permission of permissions) expect(held.has(permission)).toBe(true);
  });

  it("a group grants a service's permission; a deleted permission confers nothing", async () => {
    const { actor: admin } = await seedUser({ admin: true });
    const { service, permissions } = await seedService({ permissions: ["read"] });
    const group = await seedGroup();
    const { user } = await seedUser();
    await db.membership.create({ data: { userId: user.id, groupId: group.id } });
    await setGroupPermissions({ actor: { ...admin, permissions: await permissionsOfUser(db, admin.userId) }, input: { groupId: group.id, permissions } });
    expect((await permissionsOfUser(db, user.id)).has(permissions[0])).toBe(true);
    await db.servicePermission.deleteMany({ where: { serviceId: service.id } });
    expect((await permissionsOfUser(db, user.id)).has(permissions[0])).toBe(false);
  });

  it("refuses to grant a permission no service defines", async () => {
    const { actor: admin } = await seedUser({ admin: true });
    const group = await seedGroup();
    await expect(setGroupPermissions({ actor: admin, input: { groupId: group.id, permissions: ["nosuch:read"] } })).rejects.toThrow(/No such permission: nosuch:read/);
  });
});
