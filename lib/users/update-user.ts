import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { changes, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { lockAdministrators } from "@/lib/permissions/administrators";
import { assertCanManageUser } from "@/lib/permissions/escalation";
import { requireRecentConfirmation } from "@/lib/sessions/confirmation";
import { EMAIL_IN_USE } from "./create-user";
import { assertNotOwnCredentials } from "./credentials";
import { applyPassword, preparePassword } from "./reset-password";
import { applyUserStatus } from "./set-user-status";
import { updateUserSchema, type UpdateUserInput } from "./schemas";
import { userDetailById } from "./user-reads";

/**
 * An administrator changes a user: name, email, status and password, any of them, in one
 * transaction, so a refused part (the last administrator, a taken email) leaves nothing
 * changed. Each part is the same change, with the same audit event, as the console's own
 * forms make (setUserStatus, resetPassword). The console's profile form and
 * PATCH /api/v1/users/{id} both call it; it answers with the user's detail as it now is.
 */
export async function updateUser({ actor, input }: { actor: Actor; input: UpdateUserInput }) {
  requirePermission(actor, "users:write");
  const { userId, name, email, status, password } = updateUserSchema.parse(input);
  // Before the slow hashing: a refused password change must cost the caller nothing.
  if (password !== undefined) assertNotOwnCredentials(actor, userId, "password");
  if (password !== undefined || status === "DISABLED") await requireRecentConfirmation(actor);
  else await confirmIfEmailChanges(actor, userId, email);
  const prepared = password !== undefined ? await preparePassword(userId, password) : null;
  return withEmailConflicts(
    db.$transaction(async (tx) => {
      if (status === "DISABLED") await lockAdministrators(tx);
      if (name !== undefined || email !== undefined) await applyUserDetails(tx, actor, { userId, name, email });
      if (status !== undefined) await applyUserStatus(tx, actor, { userId, status });
      if (prepared) await applyPassword(tx, actor, prepared);
      const user = await userDetailById(tx, userId);
      if (!user) throw new NotFoundError("User");
      return user;
    }),
  );
}

/** Changing an email (who receives the account's mail) needs a recent confirmation. */
async function confirmIfEmailChanges(actor: Actor, userId: string, email: string | undefined): Promise<void> {
  if (email === undefined) return;
  const current = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (current && current.email !== email) await requireRecentConfirmation(actor);
}

/** Two renames to the same address at once: the unique index decides. */
async function withEmailConflicts<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(EMAIL_IN_USE, { email: [EMAIL_IN_USE] }, "email_taken");
    throw error;
  }
}

/** Name and email, inside the transaction. */
async function applyUserDetails(tx: Tx, actor: Actor, { userId, ...data }: { userId: string; name?: string; email?: string }) {
  const before = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
  if (!before) throw new NotFoundError("User");
  if (userId !== actor.userId) await assertCanManageUser(tx, actor, userId);
  if (data.email && data.email !== before.email) {
    assertNotOwnCredentials(actor, userId, "email");
    const taken = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (taken) throw new ConflictError(EMAIL_IN_USE, { email: [EMAIL_IN_USE] }, "email_taken");
  }
  const diff = changes(before, data);
  const { email } = await tx.user.update({ where: { id: userId }, data, select: { email: true } });
  if (Object.keys(diff).length > 0) {
    await recordAudit(tx, actor, { action: "user.updated", target: { type: "user", id: userId, label: email }, details: diff });
  }
}
