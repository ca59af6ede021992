import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { weakPasswordReason } from "@/lib/auth/password-policy";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { assertCanManageUser } from "@/lib/permissions/escalation";
import { requireRecentConfirmation } from "@/lib/sessions/confirmation";
import { assertNotOwnCredentials } from "./credentials";
import { resetPasswordSchema, type ResetPasswordInput } from "./schemas";

export { resetPasswordSchema, type ResetPasswordInput };

/** An administrator (or the operator CLI) sets another user's password; their sessions end. */
export async function resetPassword({ actor, input }: { actor: Actor; input: ResetPasswordInput }) {
  requirePermission(actor, "users:write");
  const data = resetPasswordSchema.parse(input);
  assertNotOwnCredentials(actor, data.userId, "password");
  await requireRecentConfirmation(actor);
  const prepared = await preparePassword(data.userId, data.password);
  await db.$transaction((tx) => applyPassword(tx, actor, prepared));
  return { generatedPassword: prepared.generatedPassword };
}

export type PreparedPassword = { userId: string; email: string; passwordHash: string; generatedPassword: string | null };

/**
 * Checks and hashes the new password (or generates one) before any transaction opens:
 * scrypt is slow on purpose and must not hold the database.
 */
export async function preparePassword(userId: string, password?: string): Promise<PreparedPassword> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
  if (!user) throw new NotFoundError("User");
  if (password) {
    const weak = weakPasswordReason(password, [user.name, user.email]);
    if (weak) throw new InvalidError(weak, { password: [weak] });
  }
  const plain = password ?? generatePassword();
  return { userId: user.id, email: user.email, passwordHash: await hashPassword(plain), generatedPassword: password ? null : plain };
}

/** The change itself, inside the caller's transaction (also used by updateUser). */
export async function applyPassword(tx: Tx, actor: Actor, { userId, email, passwordHash, generatedPassword }: PreparedPassword) {
  assertNotOwnCredentials(actor, userId, "password");
  await assertCanManageUser(tx, actor, userId);
  const updated = await tx.user.updateMany({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  if (updated.count === 0) throw new NotFoundError("User");
  await tx.session.deleteMany({ where: { userId } });
  await recordAudit(tx, actor, {
    action: "user.password_reset",
    target: { type: "user", id: userId, label: email },
    details: { generated: generatedPassword !== null },
  });
}
