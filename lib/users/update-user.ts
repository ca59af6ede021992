import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { changes, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertCanManageUser } from "@/lib/permissions/escalation";
import { requireRecentConfirmation } from "@/lib/sessions/confirmation";
import { EMAIL_IN_USE } from "./create-user";
import { assertNotOwnCredentials } from "./credentials";
import { updateUserSchema, type UpdateUserInput } from "./schemas";

/** An administrator changes a user's name and/or email. */
export async function updateUser({ actor, input }: { actor: Actor; input: UpdateUserInput }) {
  requirePermission(actor, "users:write");
  const data = updateUserSchema.parse(input);
  await confirmIfEmailChanges(actor, data.userId, data.email);
  return withEmailConflicts(db.$transaction((tx) => applyUserDetails(tx, actor, data)));
}

/** Changing an email (who receives the account's mail) needs a recent confirmation. */
export async function confirmIfEmailChanges(actor: Actor, userId: string, email: string | undefined): Promise<void> {
  if (email === undefined) return;
  const current = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (current && current.email !== email) await requireRecentConfirmation(actor);
}

/** Two renames to the same address at once: the unique index decides. */
export async function withEmailConflicts<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(EMAIL_IN_USE, { email: [EMAIL_IN_USE] });
    throw error;
  }
}

/** The change itself, inside the caller's transaction (also used by PATCH /api/v1/users/{id}). */
export async function applyUserDetails(tx: Tx, actor: Actor, { userId, ...data }: { userId: string; name?: string; email?: string }) {
  const before = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
  if (!before) throw new NotFoundError("User");
  if (userId !== actor.userId) await assertCanManageUser(tx, actor, userId);
  if (data.email && data.email !== before.email) {
    assertNotOwnCredentials(actor, userId, "email");
    const taken = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (taken) throw new ConflictError(EMAIL_IN_USE, { email: [EMAIL_IN_USE] });
  }
  const diff = changes(before, data);
  const user = await tx.user.update({
    where: { id: userId },
    data,
    select: { id: true, name: true, email: true, status: true },
  });
  if (Object.keys(diff).length > 0) {
    await recordAudit(tx, actor, { action: "user.updated", target: { type: "user", id: userId, label: user.email }, details: diff });
  }
  return user;
}
