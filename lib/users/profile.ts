import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { weakPasswordReason } from "@/lib/auth/password-policy";
import { changePasswordSchema, updateProfileSchema, type ChangePasswordInput, type UpdateProfileInput } from "@/lib/auth/schemas";
import { changes, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { InvalidError, NotFoundError } from "@/lib/errors";

/** The signed-in user changes their own display name. */
export async function updateProfile({ actor, input }: { actor: Actor; input: UpdateProfileInput }) {
  const data = updateProfileSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true } });
    if (!before) throw new NotFoundError("User");
    const user = await tx.user.update({ where: { id: actor.userId }, data, select: { id: true, name: true } });
    await recordAudit(tx, actor, {
      action: "user.profile_updated",
      target: { type: "user", id: actor.userId, label: actor.email },
      details: changes(before, data),
    });
    return user;
  });
}

export const WRONG_CURRENT_PASSWORD = "The current password is not correct";

/** The signed-in user changes their password; every session of theirs ends. */
export async function changePassword({ actor, input }: { actor: Actor; input: ChangePasswordInput }) {
  const data = changePasswordSchema.parse(input);
  const weak = weakPasswordReason(data.newPassword, [actor.name, actor.email]);
  if (weak) throw new InvalidError(weak, { newPassword: [weak] });
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!user) throw new NotFoundError("User");
  if (!(await verifyPassword(data.currentPassword, user.passwordHash))) {
    throw new InvalidError(WRONG_CURRENT_PASSWORD, { currentPassword: [WRONG_CURRENT_PASSWORD] });
  }
  const passwordHash = await hashPassword(data.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.session.deleteMany({ where: { userId: actor.userId } });
    await recordAudit(tx, actor, { action: "user.password_changed", target: { type: "user", id: actor.userId, label: actor.email } });
  });
}
