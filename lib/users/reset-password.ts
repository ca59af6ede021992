import "server-only";
import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { weakPasswordReason } from "@/lib/auth/password-policy";
import { newPasswordSchema } from "@/lib/auth/schemas";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { InvalidError, NotFoundError } from "@/lib/errors";

export const resetPasswordSchema = z.object({
  userId: z.string().min(1).max(64),
  /** Omitted: a password is generated and returned once. */
  password: newPasswordSchema.optional(),
});
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

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
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "user.password_reset", target: { type: "user", id: user.id, label: user.email } });
  });
  return { generatedPassword: data.password ? null : password };
}
