import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { weakPasswordReason } from "@/lib/auth/password-policy";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { assertCanManageUser } from "@/lib/groups/grants";
import { resetPasswordSchema, type ResetPasswordInput } from "./schemas";

export { resetPasswordSchema, type ResetPasswordInput };

/** An administrator (or the operator CLI) sets a user's password; their sessions end. */
export async function resetPassword({ actor, input }: { actor: Actor; input: ResetPasswordInput }) {
  requirePermission(actor, "users:write");
  const data = resetPasswordSchema.parse(input);
  const user = await db.user.findUnique({ where: { id: data.userId }, select: { id: true, email: true, name: true } });
  if (!user) throw new NotFoundError("User");
  if (data.password) {
    const weak = weakPasswordReason(data.password, [user.name, user.email]);
    if (weak) throw new InvalidError(weak, { password: [weak] });
  }
  const password = data.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    if (user.id !== actor.userId) await assertCanManageUser(tx, actor, user.id);
    const updated = await tx.user.updateMany({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    if (updated.count === 0) throw new NotFoundError("User");
    await recordAudit(tx, actor, {
      action: "user.password_reset",
      target: { type: "user", id: user.id, label: user.email },
      details: { generated: !data.password },
    });
  });
  return { generatedPassword: data.password ? null : password };
}
