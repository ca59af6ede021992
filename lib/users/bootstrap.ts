import "server-only";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { SYSTEM_ACTOR } from "@/lib/auth/system-actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { ADMINISTRATORS_GROUP } from "@/lib/permissions/catalogue";

export const DEFAULT_ADMIN_EMAIL = "admin@latchkey.local";

export type Bootstrap = { admin: { email: string; generatedPassword: string | null } | null };

/** The built-in Administrators group, created when missing. */
export async function ensureAdministratorsGroup(tx: Tx) {
  return (
    (await tx.group.findFirst({ where: { builtIn: true } })) ??
    (await tx.group.create({
      data: { name: ADMINISTRATORS_GROUP, builtIn: true, description: "Holds every permission. Always keeps at least one active member." },
    }))
  );
}

/**
 * Makes sure the built-in Administrators group exists and, on an empty database, creates
 * the first administrator. Safe to run on every start and from several instances at once.
 */
export async function bootstrap(
  db: Db,
  { email, password }: { email?: string; password?: string },
): Promise<Bootstrap> {
  try {
    return await db.$transaction(async (tx) => {
      const group = await ensureAdministratorsGroup(tx);
      if ((await tx.user.count()) > 0) return { admin: null };

      const adminEmail = (email ?? DEFAULT_ADMIN_EMAIL).toLowerCase();
      const adminPassword = password ?? generatePassword();
      const admin = await tx.user.create({
        data: {
          email: adminEmail,
          name: "Administrator",
          passwordHash: await hashPassword(adminPassword),
          memberships: { create: { groupId: group.id } },
        },
      });
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: "user.created",
        target: { type: "user", id: admin.id, label: admin.email },
        details: { reason: "first administrator", groups: [group.name] },
      });
      return { admin: { email: adminEmail, generatedPassword: password ? null : adminPassword } };
    });
  } catch (error) {
    // Another instance bootstrapped at the same moment: its result stands.
    if (isUniqueViolation(error)) return { admin: null };
    throw error;
  }
}
