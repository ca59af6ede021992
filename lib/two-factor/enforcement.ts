import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getSignInPolicy } from "@/lib/settings/sign-in-policy";

export const ENROL_FIRST = "Your organisation requires administrators to use two-factor authentication. Set it up first.";

/**
 * Whether this console user must set up a second factor before anything else: the policy
 * requires it of administrators (members of the built-in group) and they have none yet.
 */
export async function mustEnrolTwoFactor(actor: Actor): Promise<boolean> {
  if (actor.keyId || !(await getSignInPolicy()).requireTwoFactorForAdministrators) return false;
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: { totpEnabledAt: true, memberships: { where: { group: { builtIn: true } }, select: { groupId: true } } },
  });
  return user !== null && user.totpEnabledAt === null && user.memberships.length > 0;
}
