import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

/** Preferences → Two-factor authentication: whether the actor's is on, and how many recovery codes are left. */
export async function twoFactorSummary({ actor }: { actor: Actor }) {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: { totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  return { enabledAt: user?.totpEnabledAt ?? null, recoveryCodesLeft: user?._count.recoveryCodes ?? 0 };
}
