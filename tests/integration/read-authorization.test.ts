// Every read of lib/ checks the actor itself: a page or route that forgot its own check still
// reads nothing.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { listAuditActions, listAuditEvents } from "@/lib/audit/queries";
import { ForbiddenError } from "@/lib/errors";
import { getGroup, listGroupMembers, listGroups, listGroupsAfter, searchGroups } from "@/lib/groups/queries";
import { BUILT_IN_PERMISSIONS, type Permission } from "@/lib/permissions/catalogue";
import { getUserDetail, listUsers, listUsersAfter, searchUsers } from "@/lib/users/queries";
import { updateUser } from "@/lib/users/update-user";
import { seedGroup, seedUser } from "../helpers/seed";

type Read = { name: string; permission: Permission; read: (actor: Actor, ids: { userId: string; groupId: string }) => Promise<unknown> };

const page = { q: "", page: 1, pageSize: 5 };
const reads: Read[] = [
  { name: "listUsers", permission: "users:read", read: (actor) => listUsers({ actor, ...page, status: "all", sort: "name", dir: "asc" }) },
  { name: "listUsersAfter", permission: "users:read", read: (actor) => listUsersAfter({ actor, q: "", status: "all", limit: 5 }) },
  { name: "getUserDetail", permission: "users:read", read: (actor, { userId }) => getUserDetail({ actor, userId }) },
  { name: "searchUsers", permission: "groups:write", read: (actor) => searchUsers({ actor, q: "" }) },
  { name: "listGroups", permission: "groups:read", read: (actor) => listGroups({ actor, ...page }) },
  { name: "listGroupsAfter", permission: "groups:read", read: (actor) => listGroupsAfter({ actor, q: "", limit: 5 }) },
  { name: "getGroup", permission: "groups:read", read: (actor, { groupId }) => getGroup({ actor, groupId }) },
  { name: "listGroupMembers", permission: "groups:read", read: (actor, { groupId }) => listGroupMembers({ actor, groupId, ...page }) },
  { name: "searchGroups", permission: "groups:write", read: (actor) => searchGroups({ actor, q: "" }) },
  { name: "listAuditEvents", permission: "audit:read", read: (actor) => listAuditEvents({ actor, input: { limit: 5 } }) },
  { name: "listAuditActions", permission: "audit:read", read: (actor) => listAuditActions({ actor }) },
];

describe("lib reads", () => {
  for (const { name, permission, read } of reads) {
    it(`${name} needs ${permission}`, async () => {
      const { user } = await seedUser();
      const group = await seedGroup();
      const ids = { userId: user.id, groupId: group.id };
      const { actor: without } = await seedUser({ permissions: BUILT_IN_PERMISSIONS.filter((p) => p !== permission) });
      const refused = read(without, ids);
      await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
      await expect(refused).rejects.toThrow(`This needs the ${permission} permission.`);
      const { actor: holder } = await seedUser({ permissions: [permission] });
      await expect(read(holder, ids)).resolves.not.toBeNull();
    });
  }
});

describe("updateUser's answer", () => {
  it("is the user's detail, for a holder of users:write without users:read", async () => {
    const { actor } = await seedUser({ permissions: ["users:write"] });
    const { user } = await seedUser();
    const detail = await updateUser({ actor, input: { userId: user.id, name: "Answered" } });
    expect(detail).toMatchObject({ id: user.id, name: "Answered", email: user.email, groups: [], permissions: [] });
  });

  it("is refused when nothing would change, so it is never a read in disguise", async () => {
    const { actor } = await seedUser({ permissions: ["users:write"] });
    const { user } = await seedUser();
    await expect(updateUser({ actor, input: { userId: user.id } })).rejects.toMatchObject({ issues: [expect.objectContaining({ message: "Send at least one field to change" })] });
  });
});
