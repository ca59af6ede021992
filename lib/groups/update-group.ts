import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { changes, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertCanChangeGroups } from "@/lib/permissions/escalation";
import { GROUP_NAME_IN_USE, assertGroupNameFree } from "./group-name";
import { groupById } from "./group-reads";
import { updateGroupSchema, type UpdateGroupInput } from "./schemas";

export const CANNOT_RENAME_ADMINISTRATORS = "The Administrators group cannot be renamed.";

/** Renames a group and/or changes its description; answers with its row, as lists show it. */
export async function updateGroup({ actor, input }: { actor: Actor; input: UpdateGroupInput }) {
  requirePermission(actor, "groups:write");
  const { groupId, ...data } = updateGroupSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.group.findUnique({ where: { id: groupId }, select: { name: true, description: true, builtIn: true } });
      if (!before) throw new NotFoundError("Group");
      await assertCanChangeGroups(tx, actor, [groupId]);
      if (data.name !== undefined && data.name !== before.name) {
        if (before.builtIn) throw new ConflictError(CANNOT_RENAME_ADMINISTRATORS, { name: [CANNOT_RENAME_ADMINISTRATORS] }, "built_in_group");
        await assertGroupNameFree(tx, data.name, groupId);
      }
      const diff = changes({ name: before.name, description: before.description }, data);
      const { name } = await tx.group.update({ where: { id: groupId }, data, select: { name: true } });
      if (Object.keys(diff).length > 0) {
        await recordAudit(tx, actor, { action: "group.updated", target: { type: "group", id: groupId, label: name }, details: diff });
      }
      return (await groupById(tx, groupId))!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(GROUP_NAME_IN_USE, { name: [GROUP_NAME_IN_USE] }, "group_name_taken");
    throw error;
  }
}
