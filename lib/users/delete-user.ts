import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { assertNotLastAdministrator, lockAdministrators } from "@/lib/permissions/administrators";
import { assertCanManageUser } from "@/lib/permissions/escalation";
import { requireRecentConfirmation } from "@/lib/sessions/confirmation";
import { deleteUserSchema, type DeleteUserInput } from "./schemas";

export const CANNOT_DELETE_SELF = "You cannot delete your own account.";

/**
 * Deletes a user. Their API keys are revoked: each one gets an `api_key.revoked` event, then
 * the rows go with the user (ApiKey → User cascades), so no key of theirs can ever be used
 * again. Their audit history stays: events keep the actor's email and the target's id/label.
 */
export async function deleteUser({ actor, input }: { actor: Actor; input: DeleteUserInput }) {
  requirePermission(actor, "users:write");
  const { userId } = deleteUserSchema.parse(input);
  if (userId === actor.userId) throw new ForbiddenError(CANNOT_DELETE_SELF);
  await requireRecentConfirmation(actor);
  await db.$transaction(async (tx) => {
    await lockAdministrators(tx);
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: {
        email: true,
        name: true,
        status: true,
        memberships: { select: { group: { select: { name: true } } } },
        apiKeys: { where: { status: { not: "REVOKED" } }, select: { id: true, name: true, prefix: true } },
      },
    });
    if (!user) throw new NotFoundError("User");
    await assertCanManageUser(tx, actor, userId);
    await assertNotLastAdministrator(tx, userId);
    for (const key of user.apiKeys) {
      await recordAudit(tx, actor, {
        action: "api_key.revoked",
        target: { type: "api_key", id: key.id, label: key.name },
        details: { reason: "owner deleted", owner: user.email, prefix: key.prefix },
      });
    }
    await tx.user.delete({ where: { id: userId } });
    await recordAudit(tx, actor, {
      action: "user.deleted",
      target: { type: "user", id: userId, label: user.email },
      details: {
        name: user.name,
        email: user.email,
        status: user.status,
        groups: user.memberships.map((membership) => membership.group.name),
        revokedApiKeys: user.apiKeys.length,
      },
    });
  });
}
