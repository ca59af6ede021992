import "server-only";
import { db } from "@/lib/db";
import { startSignInAttempt } from "./login-throttle";
import { hashPassword, needsRehash, verifyPassword } from "./password";
import { signInSchema } from "./schemas";

export const WRONG_CREDENTIALS = "Incorrect email or password.";

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number; twoFactor: boolean };

/**
 * Checks an email and password. Returns null for any wrong combination (including a disabled
 * account) without saying which part was wrong; throws TooManyRequestsError when locked out.
 */
export async function signInWithPassword(input: unknown, ip: string | null): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  // Counted before the password is checked: parallel attempts cannot outrun the limit.
  const attempt = await startSignInAttempt(email, ip);
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  const valid = await verifyPassword(password, user?.passwordHash ?? null);
  if (!user || !valid || user.status !== "ACTIVE") return null;
  const twoFactor = user.totpEnabledAt !== null;
  await (twoFactor ? attempt.refunded() : attempt.succeeded());
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  // Upgrade an older hash while the password is at hand; only if it is still the hash just
  // checked, so a password reset that raced this sign-in is never overwritten.
  if (needsRehash(user.passwordHash)) {
    const passwordHash = await hashPassword(password);
    await db.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash } });
  }
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, twoFactor };
}
