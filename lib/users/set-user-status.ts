import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { assertNotLastAdministrator, lockAdministrators } from "@/lib/permissions/administrators";
import { assertCanManageUser } from "@/lib/permissions/escalation";
import { requireRecentConfirmation } from "@/lib/sessions/confirmation";
import { setUserStatusSchema, type SetUserStatusInput } from "./schemas";

export const CANNOT_DISABLE_SELF = "You cannot disable your own account.";

/** Disables or enables a user. Disabling ends their sessions and stops their API keys. */
export async function setUserStatus({ actor, input }: { actor: Actor; input: SetUserStatusInput }) {
  requirePermission(actor, "users:write");
  const data = setUserStatusSchema.parse(input);
  if (data.status === "DISABLED") await requireRecentConfirmation(actor);
  return db.$transaction(async (tx) => {
    if (data.status === "DISABLED") await lockAdministrators(tx);
    return applyUserStatus(tx, actor, data);
  });
}

/**
 * The change itself, inside the caller's transaction, which must have called
 * lockAdministrators() first when disabling (also used by updateUser).
 */
export async function applyUserStatus(tx: Tx, actor: Actor, { userId, status }: { userId: string; status: "ACTIVE" | "DISABLED" }) {
  if (status === "DISABLED" && userId === actor.userId) throw new ForbiddenError(CANNOT_DISABLE_SELF);
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
  if (status === "DISABLED") await tx.session.deleteMany({ where: { userId } });
  await recordAudit(tx, actor, {
    action: status === "DISABLED" ? "user.disabled" : "user.enabled",
    target: { type: "user", id: userId, label: before.email },
    details: { status: { before: before.status, after: status } },
  });
  return { id: userId, status };
}
