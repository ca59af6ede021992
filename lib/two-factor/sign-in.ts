import "server-only";
import { decode, encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { acceptedStep, hashRecoveryCode, looksLikeRecoveryCode } from "./codes";
import { openSecret } from "./secret-box";

// Signing in with a second factor is two steps. The password step, when the account has a
// second factor, ends without a session: it hands the browser a challenge (an encrypted,
// 5-minute token naming the user, in an HttpOnly cookie), and the code step turns the
// challenge and a code into a session. The challenge is encrypted with a salt of its own, so it
// can never pass for a session token.

export const CHALLENGE_MAX_AGE_SECONDS = 5 * 60;
const SALT = "latchkey.two-factor-challenge";

export const challengeCookieName = (secure: boolean) => `${secure ? "__Secure-" : ""}latchkey.two-factor`;

type Challenge = { userId: string; sessionVersion: number };

export async function sealChallenge(challenge: Challenge): Promise<string> {
  return encode({ token: { sub: challenge.userId, sv: challenge.sessionVersion }, secret: env.NEXTAUTH_SECRET!, salt: SALT, maxAge: CHALLENGE_MAX_AGE_SECONDS });
}

/** The challenge in the cookie, or null when it is missing, forged or expired. */
export async function openChallenge(token: string | undefined): Promise<Challenge | null> {
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: env.NEXTAUTH_SECRET!, salt: SALT });
    if (typeof payload?.sub !== "string" || typeof payload.sv !== "number") return null;
    return { userId: payload.sub, sessionVersion: payload.sv };
  } catch {
    return null;
  }
}

/**
 * Whether `code` proves the user's second factor: a current code from the authenticator app
 * (each accepted once) or an unused recovery code (then used up). Both checks are one
 * conditional write, so two requests with the same code cannot both pass.
 */
export async function verifySecondFactor(userId: string, code: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true } });
  if (!user?.totpEnabledAt || !user.totpSecret) return false;
  if (looksLikeRecoveryCode(code)) {
    const used = await db.recoveryCode.updateMany({ where: { userId, hash: hashRecoveryCode(code), usedAt: null }, data: { usedAt: new Date() } });
    return used.count === 1;
  }
  const secret = openSecret(user.totpSecret);
  const step = secret ? await acceptedStep(secret, code, user.totpLastStep) : null;
  if (step === null) return false;
  const accepted = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return accepted.count === 1;
}
