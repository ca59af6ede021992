import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { ConflictError } from "@/lib/errors";
import { GROUP_NAME_IN_USE, assertGroupNameFree } from "./group-name";
import { groupById } from "./group-reads";
import { createGroupSchema, type CreateGroupInput } from "./schemas";

/** Creates a group without members or permissions; answers with its row, as lists show it. */
export async function createGroup({ actor, input }: { actor: Actor; input: CreateGroupInput }) {
  requirePermission(actor, "groups:write");
  const data = createGroupSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      await assertGroupNameFree(tx, data.name);
      const group = await tx.group.create({ data, select: { id: true, name: true, description: true } });
      await recordAudit(tx, actor, {
        action: "group.created",
        target: { type: "group", id: group.id, label: group.name },
        details: { name: group.name, description: group.description },
      });
      return (await groupById(tx, group.id))!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(GROUP_NAME_IN_USE, { name: [GROUP_NAME_IN_USE] }, "group_name_taken");
    throw error;
  }
}
