import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { weakPasswordReason } from "@/lib/auth/password-policy";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { ConflictError, InvalidError } from "@/lib/errors";
import { assertCanChangeGroups } from "@/lib/permissions/escalation";
import { createUserSchema, type CreateUserInput } from "./schemas";

export const EMAIL_IN_USE = "Email already in use";

/** Creates a user; returns the generated password once when none was given. */
export async function createUser({ actor, input }: { actor: Actor; input: CreateUserInput }) {
  requirePermission(actor, "users:write");
  const data = createUserSchema.parse(input);
  if (data.groupIds.length > 0) requirePermission(actor, "groups:write");
  if (data.password) {
    const weak = weakPasswordReason(data.password, [data.name, data.email]);
    if (weak) throw new InvalidError(weak, { password: [weak] });
  }
  const password = data.password ?? generatePassword();
  const passwordHash = await hashPassword(password);

  try {
    const user = await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
        throw new ConflictError(EMAIL_IN_USE, { email: [EMAIL_IN_USE] }, "email_taken");
      }
      const groups = await tx.group.findMany({ where: { id: { in: data.groupIds } }, select: { id: true, name: true } });
      if (groups.length !== new Set(data.groupIds).size) throw new InvalidError("Unknown group", { groupIds: ["Unknown group"] });
      await assertCanChangeGroups(tx, actor, data.groupIds);
      const created = await tx.user.create({
        data: {
          name: data.name,
          email: data.email,
          passwordHash,
          memberships: { create: groups.map((group) => ({ groupId: group.id })) },
        },
        select: { id: true, name: true, email: true, status: true, createdAt: true, lastLoginAt: true },
      });
      await recordAudit(tx, actor, {
        action: "user.created",
        target: { type: "user", id: created.id, label: created.email },
        details: { name: created.name, email: created.email, groups: groups.map((g) => g.name) },
      });
      return created;
    });
    return { user, generatedPassword: data.password ? null : password };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(EMAIL_IN_USE, { email: [EMAIL_IN_USE] }, "email_taken");
    throw error;
  }
}
