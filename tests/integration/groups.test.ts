import { BUILT_IN_PERMISSIONS } from "@/lib/permissions/catalogue";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createGroup } from "@/lib/groups/create-group";
import { deleteGroup } from "@/lib/groups/delete-group";
import { GROUP_NAME_IN_USE } from "@/lib/groups/group-name";
import { CANNOT_CHANGE_GROUP, CANNOT_GRANT } from "@/lib/permissions/escalation";
import { addMembers, addToGroups, removeMember } from "@/lib/groups/members";
import { getGroup, listGroupMembers, listGroups, searchGroups } from "@/lib/groups/queries";
import { setGroupPermissions } from "@/lib/groups/set-group-permissions";
import { updateGroup } from "@/lib/groups/update-group";
import { permissionsOfUser } from "@/lib/permissions/holdings";
import { administratorsGroup, seedGroup, seedUser, unique } from "../helpers/seed";

const lastDetails = async (action: string, targetId: string) =>
  JSON.parse((await db.auditEvent.findFirstOrThrow({ where: { action, targetId }, orderBy: { at: "desc" } })).details ?? "null");

describe("groups", () => {
  it("are created, renamed and deleted with audit events; names are unique ignoring case", async () => {
    const { actor } = await seedUser({ admin: true });
    const name = unique("Support");
    const group = await createGroup({ actor, input: { name: `  ${name} `, description: "First line" } });
    expect(group).toMatchObject({ name, description: "First line", builtIn: false });
    await expect(createGroup({ actor, input: { name: name.toUpperCase() } })).rejects.toMatchObject({ fieldErrors: { name: [GROUP_NAME_IN_USE] } });
    await expect(createGroup({ actor, input: { name: "administrators" } })).rejects.toMatchObject({ fieldErrors: { name: [GROUP_NAME_IN_USE] } });

    const renamed = unique("Helpdesk");
    await updateGroup({ actor, input: { groupId: group.id, name: renamed, description: "First line" } });
    expect(await lastDetails("group.updated", group.id)).toEqual({ name: { before: name, after: renamed } });
    // Changing only the case of its own name is allowed.
    await updateGroup({ actor, input: { groupId: group.id, name: renamed.toUpperCase() } });

    const { user } = await seedUser();
    await db.membership.create({ data: { userId: user.id, groupId: group.id } });
    await deleteGroup({ actor, input: { groupId: group.id } });
    expect(await db.group.findUnique({ where: { id: group.id } })).toBeNull();
    expect(await db.membership.count({ where: { groupId: group.id } })).toBe(0);
    expect(await lastDetails("group.deleted", group.id)).toMatchObject({ name: renamed.toUpperCase(), members: 1 });
    await expect(deleteGroup({ actor, input: { groupId: group.id } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("need groups:write to change", async () => {
    const { actor } = await seedUser({ permissions: ["groups:read"] });
    const group = await seedGroup();
    await expect(createGroup({ actor, input: { name: unique("x") } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateGroup({ actor, input: { groupId: group.id, name: unique("x") } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteGroup({ actor, input: { groupId: group.id } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setGroupPermissions({ actor, input: { groupId: group.id, permissions: [] } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addMembers({ actor, input: { groupId: group.id, userIds: [actor.userId] } })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("group permissions", () => {
  it("are replaced as a set, audited, and members hold them at once", async () => {
    const { actor } = await seedUser({ admin: true });
    const { user } = await seedUser();
    const group = await seedGroup({ permissions: ["users:read"] });
    await db.membership.create({ data: { userId: user.id, groupId: group.id } });
    await setGroupPermissions({ actor, input: { groupId: group.id, permissions: ["groups:read", "audit:read", "groups:read"] } });
    expect([...(await permissionsOfUser(db, user.id))].sort()).toEqual(["audit:read", "groups:read"]);
    expect(await lastDetails("group.permissions_changed", group.id)).toEqual({
      permissions: { before: ["users:read"], after: ["audit:read", "groups:read"] },
      added: ["audit:read", "groups:read"],
      removed: ["users:read"],
    });
    await expect(setGroupPermissions({ actor, input: { groupId: group.id, permissions: ["nope:never" as "users:read"] } })).rejects.toThrow();
  });

  it("can only be granted by someone who holds them", async () => {
    const { actor } = await seedUser({ permissions: ["groups:read", "groups:write"] });
    const group = await seedGroup({ permissions: ["groups:read"] });
    await expect(setGroupPermissions({ actor, input: { groupId: group.id, permissions: ["groups:read", "users:write"] } })).rejects.toThrow(CANNOT_GRANT);
    // Granting what one holds is fine on a group whose permissions one holds.
    await setGroupPermissions({ actor, input: { groupId: group.id, permissions: ["groups:read", "groups:write"] } });
    expect((await getGroup({ actor, groupId: group.id }))?.permissions).toEqual(["groups:read", "groups:write"]);
  });
});

describe("members", () => {
  it("are added (skipping existing ones) and removed, each change audited", async () => {
    const { actor } = await seedUser({ admin: true });
    const group = await seedGroup({ permissions: ["users:read"] });
    const { user: ada } = await seedUser({ name: "Ada" });
    const { user: bob } = await seedUser({ name: "Bob" });
    expect(await addMembers({ actor, input: { groupId: group.id, userIds: [ada.id] } })).toEqual({ added: 1 });
    expect(await addMembers({ actor, input: { groupId: group.id, userIds: [ada.id, bob.id] } })).toEqual({ added: 1 });
    expect(await db.auditEvent.count({ where: { action: "group.member_added", targetId: group.id } })).toBe(2);
    await removeMember({ actor, input: { groupId: group.id, userId: ada.id } });
    expect(await lastDetails("group.member_removed", group.id)).toEqual({ user: { id: ada.id, email: ada.email } });
    expect((await listGroupMembers({ actor, groupId: group.id, q: "", page: 1, pageSize: 10 })).rows.map((row) => row.id)).toEqual([bob.id]);
    await addMembers({ actor, input: { groupId: group.id, userIds: [ada.id] } });
    const found = await listGroupMembers({ actor, groupId: group.id, q: "BO", page: 1, pageSize: 10 });
    expect(found).toMatchObject({ total: 1, rows: [{ id: bob.id, name: "Bob", groupCount: 1 }] });
    expect((await listGroupMembers({ actor, groupId: group.id, q: "", page: 2, pageSize: 1 })).rows.map((row) => row.id)).toEqual([bob.id]);
    await removeMember({ actor, input: { groupId: group.id, userId: ada.id } });
    await expect(removeMember({ actor, input: { groupId: group.id, userId: ada.id } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addMembers({ actor, input: { groupId: group.id, userIds: ["missing"] } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addMembers({ actor, input: { groupId: "missing", userIds: [ada.id] } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("of a group can change only for someone holding the group's permissions", async () => {
    const { actor } = await seedUser({ permissions: ["groups:write", "users:read"] });
    const administrators = await administratorsGroup();
    await expect(addMembers({ actor, input: { groupId: administrators.id, userIds: [actor.userId] } })).rejects.toThrow(CANNOT_CHANGE_GROUP);
    await expect(addToGroups({ actor, input: { userId: actor.userId, groupIds: [administrators.id] } })).rejects.toThrow(CANNOT_CHANGE_GROUP);
    const { user: admin } = await seedUser({ admin: true });
    await seedUser({ admin: true });
    await expect(removeMember({ actor, input: { groupId: administrators.id, userId: admin.id } })).rejects.toThrow(CANNOT_CHANGE_GROUP);
    const readers = await seedGroup({ permissions: ["users:read"] });
    expect(await addToGroups({ actor, input: { userId: actor.userId, groupIds: [readers.id] } })).toEqual({ added: 1 });
  });
});

describe("group queries", () => {
  it("list with member counts, Administrators first, and search names ignoring case", async () => {
    const tag = unique("q").toLowerCase();
    const alpha = await seedGroup({ name: `Alpha ${tag.toUpperCase()}` });
    const beta = await seedGroup({ name: `beta ${tag}` });
    await seedGroup({ name: `100%_${tag}` });
    const { user } = await seedUser();
    await db.membership.createMany({ data: [{ userId: user.id, groupId: alpha.id }] });
    const { actor } = await seedUser({ admin: true });

    const all = await listGroups({ actor, q: "", page: 1, pageSize: 100 });
    expect(all.rows[0].builtIn).toBe(true);
    expect(all.rows[0].permissions).toEqual([...BUILT_IN_PERMISSIONS].sort());

    const found = await listGroups({ actor, q: tag, page: 1, pageSize: 10 });
    expect(found.total).toBe(3);
    expect(found.rows.map((row) => row.name)).toEqual([`100%_${tag}`, alpha.name, beta.name]);
    expect(found.rows.find((row) => row.id === alpha.id)?.memberCount).toBe(1);
    // LIKE's wildcards in the search text are taken literally.
    expect((await listGroups({ actor, q: "0%_", page: 1, pageSize: 10 })).rows.map((row) => row.name)).toEqual([`100%_${tag}`]);
    expect((await listGroups({ actor, q: tag, page: 2, pageSize: 2 })).rows.map((row) => row.id)).toEqual([beta.id]);

    const notMine = await searchGroups({ actor, q: tag, notForUserId: user.id });
    expect(notMine.map((row) => row.id)).not.toContain(alpha.id);
    expect(notMine.map((row) => row.id)).toContain(beta.id);
  });
});
