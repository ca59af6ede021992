// Review finding 9 (issue 10): one rule for every change to a group — you may change a group
// only if you hold every permission it grants.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteGroup } from "@/lib/groups/delete-group";
import { CANNOT_CHANGE_GROUP } from "@/lib/permissions/escalation";
import { addMembers, addToGroups, removeMember } from "@/lib/groups/members";
import { setGroupPermissions } from "@/lib/groups/set-group-permissions";
import { updateGroup } from "@/lib/groups/update-group";
import { seedGroup, seedUser, unique } from "../helpers/seed";

describe("changing a group", () => {
  it("is refused in every way to a groups:write holder who lacks the group's permissions, and changes nothing", async () => {
    const { actor } = await seedUser({ permissions: ["groups:read", "groups:write", "users:read"] });
    const auditors = await seedGroup({ permissions: ["audit:read", "users:read"] });
    const { user: member } = await seedUser();
    const { user: outsider } = await seedUser();
    await db.membership.create({ data: { userId: member.id, groupId: auditors.id } });

    const attempts = [
      () => removeMember({ actor, input: { groupId: auditors.id, userId: member.id } }),
      () => addMembers({ actor, input: { groupId: auditors.id, userIds: [outsider.id] } }),
      () => addToGroups({ actor, input: { userId: outsider.id, groupIds: [auditors.id] } }),
      () => setGroupPermissions({ actor, input: { groupId: auditors.id, permissions: [] } }),
      () => setGroupPermissions({ actor, input: { groupId: auditors.id, permissions: ["users:read"] } }),
      () => updateGroup({ actor, input: { groupId: auditors.id, name: unique("Renamed") } }),
      () => updateGroup({ actor, input: { groupId: auditors.id, description: "Emptied" } }),
      () => deleteGroup({ actor, input: { groupId: auditors.id } }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toThrow(CANNOT_CHANGE_GROUP);

    const after = await db.group.findUniqueOrThrow({ where: { id: auditors.id }, include: { permissions: true, memberships: true } });
    expect(after).toMatchObject({ name: auditors.name, description: auditors.description });
    expect(after.permissions.map((p) => p.permission).sort()).toEqual(["audit:read", "users:read"]);
    expect(after.memberships.map((m) => m.userId)).toEqual([member.id]);
    expect(await db.auditEvent.count({ where: { targetId: auditors.id } })).toBe(0);
  });

  it("is allowed in every way to someone who holds the group's permissions", async () => {
    const { actor } = await seedUser({ permissions: ["groups:read", "groups:write", "users:read", "audit:read"] });
    const auditors = await seedGroup({ permissions: ["audit:read"] });
    const { user: member } = await seedUser();
    await addMembers({ actor, input: { groupId: auditors.id, userIds: [member.id] } });
    await removeMember({ actor, input: { groupId: auditors.id, userId: member.id } });
    await updateGroup({ actor, input: { groupId: auditors.id, name: unique("Renamed"), description: "Changed" } });
    await setGroupPermissions({ actor, input: { groupId: auditors.id, permissions: ["users:read"] } });
    await deleteGroup({ actor, input: { groupId: auditors.id } });
    expect(await db.group.findUnique({ where: { id: auditors.id } })).toBeNull();
  });
});
