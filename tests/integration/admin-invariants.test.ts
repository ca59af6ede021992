// The rules that keep Latchkey administrable, enforced by the operations themselves
// (inside their transactions), whoever calls them: console, API or CLI.
import { beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/auth/system-actor";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { LAST_ADMINISTRATOR } from "@/lib/permissions/administrators";
import { CANNOT_DELETE_ADMINISTRATORS, deleteGroup } from "@/lib/groups/delete-group";
import { removeMember } from "@/lib/groups/members";
import { ADMINISTRATORS_HOLD_EVERYTHING, setGroupPermissions } from "@/lib/groups/set-group-permissions";
import { CANNOT_RENAME_ADMINISTRATORS, updateGroup } from "@/lib/groups/update-group";
import { createUser, EMAIL_IN_USE } from "@/lib/users/create-user";
import { CANNOT_DELETE_SELF, deleteUser } from "@/lib/users/delete-user";
import { CANNOT_DISABLE_SELF, setUserStatus } from "@/lib/users/set-user-status";
import { updateUser } from "@/lib/users/update-user";
import { administratorsGroup, seedUser, unique } from "../helpers/seed";

const activeAdministrators = () => db.membership.count({ where: { group: { builtIn: true }, user: { status: "ACTIVE" } } });

// Tests in a file share a database: each starts with an empty Administrators group.
beforeEach(async () => {
  await db.membership.deleteMany({ where: { groupId: (await administratorsGroup()).id } });
});

describe("the Administrators group", () => {
  it("cannot be deleted or renamed, nor lose permissions, but its description can change", async () => {
    const group = await administratorsGroup();
    await expect(deleteGroup({ actor: SYSTEM_ACTOR, input: { groupId: group.id } })).rejects.toThrow(CANNOT_DELETE_ADMINISTRATORS);
    await expect(updateGroup({ actor: SYSTEM_ACTOR, input: { groupId: group.id, name: "Admins" } })).rejects.toMatchObject({
      message: CANNOT_RENAME_ADMINISTRATORS,
      fieldErrors: { name: [CANNOT_RENAME_ADMINISTRATORS] },
    });
    await expect(setGroupPermissions({ actor: SYSTEM_ACTOR, input: { groupId: group.id, permissions: [] } })).rejects.toThrow(ADMINISTRATORS_HOLD_EVERYTHING);
    await updateGroup({ actor: SYSTEM_ACTOR, input: { groupId: group.id, description: "The people in charge" } });
    const after = await db.group.findUniqueOrThrow({ where: { id: group.id } });
    expect(after).toMatchObject({ name: "Administrators", description: "The people in charge", builtIn: true });
  });
});

describe("the last active administrator", () => {
  it("cannot be removed from Administrators, disabled or deleted", async () => {
    const group = await administratorsGroup();
    const { user: admin, actor } = await seedUser({ admin: true });
    // A disabled administrator does not count as one who can act.
    await seedUser({ admin: true, status: "DISABLED" });

    await expect(removeMember({ actor, input: { groupId: group.id, userId: admin.id } })).rejects.toThrow(LAST_ADMINISTRATOR);
    await expect(setUserStatus({ actor: SYSTEM_ACTOR, input: { userId: admin.id, status: "DISABLED" } })).rejects.toThrow(LAST_ADMINISTRATOR);
    await expect(deleteUser({ actor: SYSTEM_ACTOR, input: { userId: admin.id } })).rejects.toBeInstanceOf(ConflictError);

    expect(await activeAdministrators()).toBe(1);
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ status: "ACTIVE" });
    const refusedActions = ["group.member_removed", "user.disabled", "user.deleted"];
    expect(await db.auditEvent.count({ where: { action: { in: refusedActions } } })).toBe(0);
  });

  it("can go once another administrator is active", async () => {
    const group = await administratorsGroup();
    const { user: first, actor } = await seedUser({ admin: true });
    const { user: second } = await seedUser({ admin: true, status: "DISABLED" });
    await setUserStatus({ actor, input: { userId: second.id, status: "ACTIVE" } });
    await removeMember({ actor, input: { groupId: group.id, userId: first.id } });
    expect(await activeAdministrators()).toBe(1);
    // A disabled administrator may always be removed: they are not the one keeping access.
    const { user: disabled } = await seedUser({ admin: true, status: "DISABLED" });
    await removeMember({ actor: SYSTEM_ACTOR, input: { groupId: group.id, userId: disabled.id } });
  });

  it("holds when two administrators remove each other at the same moment", async () => {
    const group = await administratorsGroup();
    for (let round = 0; round < 5; round++) {
      await db.membership.deleteMany({ where: { groupId: group.id } });
      const a = await seedUser({ admin: true });
      const b = await seedUser({ admin: true });
      const results = await Promise.allSettled([
        removeMember({ actor: a.actor, input: { groupId: group.id, userId: a.user.id } }),
        removeMember({ actor: b.actor, input: { groupId: group.id, userId: b.user.id } }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((result) => result.status === "rejected");
      expect(refused?.reason).toBeInstanceOf(ConflictError);
      expect(await activeAdministrators()).toBe(1);
    }
  });

  it("holds when removal, disabling and deletion race each other", async () => {
    const group = await administratorsGroup();
    for (let round = 0; round < 5; round++) {
      await db.membership.deleteMany({ where: { groupId: group.id } });
      const a = await seedUser({ admin: true });
      const b = await seedUser({ admin: true });
      const c = await seedUser({ admin: true });
      const results = await Promise.allSettled([
        removeMember({ actor: SYSTEM_ACTOR, input: { groupId: group.id, userId: a.user.id } }),
        setUserStatus({ actor: SYSTEM_ACTOR, input: { userId: b.user.id, status: "DISABLED" } }),
        deleteUser({ actor: SYSTEM_ACTOR, input: { userId: c.user.id } }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(2);
      expect(await activeAdministrators()).toBe(1);
    }
  });
});

describe("nobody", () => {
  it("disables or deletes themselves, even with other administrators around", async () => {
    const { user, actor } = await seedUser({ admin: true });
    await seedUser({ admin: true });
    await expect(setUserStatus({ actor, input: { userId: user.id, status: "DISABLED" } })).rejects.toThrow(CANNOT_DISABLE_SELF);
    await expect(deleteUser({ actor, input: { userId: user.id } })).rejects.toThrow(CANNOT_DELETE_SELF);
    await expect(deleteUser({ actor, input: { userId: user.id } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ status: "ACTIVE" });
  });
});

describe("emails", () => {
  it("are unique ignoring case, on create and on update", async () => {
    const { actor } = await seedUser({ admin: true });
    const email = `${unique("Mixed")}@Example.TEST`;
    const { user } = await createUser({ actor, input: { name: "First", email, password: "tangerine Orbit 58 ladder" } });
    expect(user.email).toBe(email.toLowerCase());
    await expect(createUser({ actor, input: { name: "Second", email: email.toUpperCase() } })).rejects.toMatchObject({
      fieldErrors: { email: [EMAIL_IN_USE] },
    });
    const { user: other } = await seedUser();
    await expect(updateUser({ actor, input: { userId: other.id, email: ` ${email.toUpperCase()} ` } })).rejects.toMatchObject({
      fieldErrors: { email: [EMAIL_IN_USE] },
    });
    expect(await db.user.count({ where: { email: email.toLowerCase() } })).toBe(1);
  });
});
