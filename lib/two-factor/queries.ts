import "server-only";
import { db } from "@/lib/db";

/** Preferences → Two-factor authentication: whether it is on, and how many recovery codes are left. */
export async function twoFactorSummary(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  return { enabledAt: user?.totpEnabledAt ?? null, recoveryCodesLeft: user?._count.recoveryCodes ?? 0 };
}
