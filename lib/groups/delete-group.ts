import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { requireRecentConfirmation } from "@/lib/sessions/confirmation";
import { assertCanChangeGroups } from "@/lib/permissions/escalation";
import { deleteGroupSchema, type DeleteGroupInput } from "./schemas";

export const CANNOT_DELETE_ADMINISTRATORS = "The Administrators group cannot be deleted.";

/** Deletes a group; its members lose what it granted (memberships and permissions go with it). */
export async function deleteGroup({ actor, input }: { actor: Actor; input: DeleteGroupInput }) {
  requirePermission(actor, "groups:write");
  const { groupId } = deleteGroupSchema.parse(input);
  await requireRecentConfirmation(actor);
  await db.$transaction(async (tx) => {
    const group = await tx.group.findUnique({
      where: { id: groupId },
      select: { name: true, description: true, builtIn: true, permissions: { select: { permission: true } }, _count: { select: { memberships: true } } },
    });
    if (!group) throw new NotFoundError("Group");
    if (group.builtIn) throw new ConflictError(CANNOT_DELETE_ADMINISTRATORS, {}, "built_in_group");
    await assertCanChangeGroups(tx, actor, [groupId]);
    await tx.group.delete({ where: { id: groupId } });
    await recordAudit(tx, actor, {
      action: "group.deleted",
      target: { type: "group", id: groupId, label: group.name },
      details: {
        name: group.name,
        description: group.description,
        permissions: group.permissions.map((p) => p.permission).sort(),
        members: group._count.memberships,
      },
    });
  });
}
