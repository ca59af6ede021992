import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { requireRecentConfirmation } from "@/lib/sessions/confirmation";
import { assertNotLastAdministrator, lockAdministrators } from "@/lib/permissions/administrators";
import { assertCanChangeGroups } from "@/lib/permissions/escalation";
import {
  addMembersSchema,
  addToGroupsSchema,
  membershipSchema,
  type AddMembersInput,
  type AddToGroupsInput,
  type MembershipInput,
} from "./schemas";

type Pair = { userId: string; groupId: string };

/** Creates the memberships that do not exist yet; one audit event per membership added. */
async function addMemberships(tx: Tx, actor: Actor, userIds: string[], groupIds: string[]): Promise<number> {
  const users = await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } });
  const groups = await tx.group.findMany({ where: { id: { in: groupIds } }, select: { id: true, name: true } });
  // Someone deleted in the meantime, or a made-up id: nothing to add them to.
  if (users.length !== new Set(userIds).size) throw new NotFoundError("User");
  if (groups.length !== new Set(groupIds).size) throw new NotFoundError("Group");
  await assertCanChangeGroups(tx, actor, groupIds);

  const existing = await tx.membership.findMany({
    where: { userId: { in: userIds }, groupId: { in: groupIds } },
    select: { userId: true, groupId: true },
  });
  const has = new Set(existing.map((m) => `${m.userId}/${m.groupId}`));
  const pairs: Pair[] = users.flatMap((user) => groups.map((group) => ({ userId: user.id, groupId: group.id })));
  const fresh = pairs.filter((pair) => !has.has(`${pair.userId}/${pair.groupId}`));
  await tx.membership.createMany({ data: fresh });
  for (const pair of fresh) {
    const user = users.find((u) => u.id === pair.userId)!;
    const group = groups.find((g) => g.id === pair.groupId)!;
    await recordAudit(tx, actor, {
      action: "group.member_added",
      target: { type: "group", id: group.id, label: group.name },
      details: { user: { id: user.id, email: user.email } },
    });
  }
  return fresh.length;
}

/** Adds users to a group (the group page's "Add members"). Already members are skipped. */
export async function addMembers({ actor, input }: { actor: Actor; input: AddMembersInput }) {
  requirePermission(actor, "groups:write");
  const { groupId, userIds } = addMembersSchema.parse(input);
  if (!(await db.group.findUnique({ where: { id: groupId }, select: { id: true } }))) throw new NotFoundError("Group");
  const added = await db.$transaction((tx) => addMemberships(tx, actor, userIds, [groupId]));
  return { added };
}

/** Adds a user to groups (the user page's "Add to group"). */
export async function addToGroups({ actor, input }: { actor: Actor; input: AddToGroupsInput }) {
  requirePermission(actor, "groups:write");
  const { userId, groupIds } = addToGroupsSchema.parse(input);
  if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw new NotFoundError("User");
  const added = await db.$transaction((tx) => addMemberships(tx, actor, [userId], groupIds));
  return { added };
}

/** Removes a user from a group; Administrators always keeps an active member. */
export async function removeMember({ actor, input }: { actor: Actor; input: MembershipInput }) {
  requirePermission(actor, "groups:write");
  const { groupId, userId } = membershipSchema.parse(input);
  await requireRecentConfirmation(actor);
  // builtIn never changes, so it can be read before the transaction that must lock first.
  const group = await db.group.findUnique({ where: { id: groupId }, select: { name: true, builtIn: true } });
  if (!group) throw new NotFoundError("Group");
  await db.$transaction(async (tx) => {
    if (group.builtIn) await lockAdministrators(tx);
    const membership = await tx.membership.findUnique({
      where: { userId_groupId: { userId, groupId } },
      select: { user: { select: { email: true } } },
    });
    if (!membership) throw new NotFoundError("Membership");
    await assertCanChangeGroups(tx, actor, [groupId]);
    if (group.builtIn) await assertNotLastAdministrator(tx, userId);
    await tx.membership.delete({ where: { userId_groupId: { userId, groupId } } });
    await recordAudit(tx, actor, {
      action: "group.member_removed",
      target: { type: "group", id: groupId, label: group.name },
      details: { user: { id: userId, email: membership.user.email } },
    });
  });
}
