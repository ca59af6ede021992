import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { assertNotLastAdministrator, lockAdministrators } from "@/lib/groups/administrators";
import { assertCanManageUser } from "@/lib/groups/grants";
import { setUserStatusSchema, type SetUserStatusInput } from "./schemas";

export const CANNOT_DISABLE_SELF = "You cannot disable your own account.";

/** Disables or enables a user. Disabling ends their sessions and stops their API keys. */
export async function setUserStatus({ actor, input }: { actor: Actor; input: SetUserStatusInput }) {
  requirePermission(actor, "users:write");
  const { userId, status } = setUserStatusSchema.parse(input);
  if (status === "DISABLED" && userId === actor.userId) throw new ForbiddenError(CANNOT_DISABLE_SELF);
  return db.$transaction(async (tx) => {
    if (status === "DISABLED") await lockAdministrators(tx);
    const before = await tx.user.findUnique({ where: { id: userId }, select: { status: true, email: true } });
    if (!before) throw new NotFoundError("User");
    await assertCanManageUser(tx, actor, userId);
    if (before.status === status) return { id: userId, status };
    if (status === "DISABLED") await assertNotLastAdministrator(tx, userId);
    await tx.user.update({
      where: { id: userId },
      // A new sessionVersion ends every session the user had (sessions re-check it).
      data: { status, ...(status === "DISABLED" ? { sessionVersion: { increment: 1 } } : {}) },
    });
    await recordAudit(tx, actor, {
      action: status === "DISABLED" ? "user.disabled" : "user.enabled",
      target: { type: "user", id: userId, label: before.email },
      details: { status: { before: before.status, after: status } },
    });
    return { id: userId, status };
  });
}
