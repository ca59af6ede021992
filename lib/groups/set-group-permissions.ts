import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { catalogueNames } from "@/lib/permissions/catalogue-reads";
import type { Permission } from "@/lib/permissions/catalogue";
import { assertCanChangeGroups, assertCanGrant } from "@/lib/permissions/escalation";
import { setGroupPermissionsSchema, type SetGroupPermissionsInput } from "./schemas";

export const ADMINISTRATORS_HOLD_EVERYTHING = "The Administrators group always holds every permission.";

/** Replaces a group's permissions with the given set. */
export async function setGroupPermissions({ actor, input }: { actor: Actor; input: SetGroupPermissionsInput }) {
  requirePermission(actor, "groups:write");
  const { groupId, permissions } = setGroupPermissionsSchema.parse(input);
  return db.$transaction(async (tx) => {
    const group = await tx.group.findUnique({ where: { id: groupId }, select: { name: true, builtIn: true, permissions: { select: { permission: true } } } });
    if (!group) throw new NotFoundError("Group");
    if (group.builtIn) throw new ConflictError(ADMINISTRATORS_HOLD_EVERYTHING, {}, "built_in_group");
    const before = group.permissions.map((p) => p.permission).sort();
    const added = permissions.filter((permission) => !before.includes(permission));
    const removed = before.filter((permission) => !(permissions as string[]).includes(permission));
    await assertCanChangeGroups(tx, actor, [groupId]);
    const catalogue = await catalogueNames(tx);
    const unknown = added.filter((permission) => !catalogue.has(permission));
    if (unknown.length > 0) {
      const message = `No such permission: ${unknown.join(", ")}`;
      throw new InvalidError(message, { permissions: [message] });
    }
    assertCanGrant(actor, added);
    if (added.length === 0 && removed.length === 0) return { groupId, permissions };
    await tx.groupPermission.deleteMany({ where: { groupId, permission: { in: removed } } });
    await tx.groupPermission.createMany({ data: added.map((permission: Permission) => ({ groupId, permission })) });
    await recordAudit(tx, actor, {
      action: "group.permissions_changed",
      target: { type: "group", id: groupId, label: group.name },
      details: { permissions: { before, after: permissions }, added, removed },
    });
    return { groupId, permissions };
  });
}
