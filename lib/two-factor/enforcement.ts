import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getSignInPolicy } from "@/lib/settings/sign-in-policy";

export const ENROL_FIRST = "Your organisation requires administrators to use two-factor authentication. Set it up first.";

/**
 * Whether the console user has a second factor, and whether they must set one up before
 * anything else: the policy requires it of administrators (members of the built-in group).
 */
export async function twoFactorStatus(actor: Actor): Promise<{ enabled: boolean; mustEnrol: boolean }> {
  const [policy, user] = await Promise.all([
    getSignInPolicy(),
    db.user.findUnique({
      where: { id: actor.userId },
      select: { totpEnabledAt: true, memberships: { where: { group: { builtIn: true } }, select: { groupId: true } } },
    }),
  ]);
  const enabled = Boolean(user?.totpEnabledAt);
  const administrator = (user?.memberships.length ?? 0) > 0;
  return { enabled, mustEnrol: !actor.keyId && policy.requireTwoFactorForAdministrators && administrator && !enabled };
}

export const mustEnrolTwoFactor = async (actor: Actor) => (await twoFactorStatus(actor)).mustEnrol;
