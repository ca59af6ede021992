import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { TwoFactorSettings } from "./two-factor-settings";

/** Server part of Preferences → Two-factor authentication. */
export async function TwoFactorTab({ actor }: { actor: Actor }) {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { totpEnabledAt: true } });
  const recoveryCodesLeft = await db.recoveryCode.count({ where: { userId: actor.userId, usedAt: null } });
  return <TwoFactorSettings enabledAt={user?.totpEnabledAt?.toISOString() ?? null} recoveryCodesLeft={recoveryCodesLeft} />;
}
