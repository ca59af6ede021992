import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { startSignInAttempt } from "@/lib/auth/login-throttle";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { ConfirmationRequiredError, InvalidError, UnauthorizedError } from "@/lib/errors";
import { codeSchema } from "@/lib/two-factor/schemas";
import { verifySecondFactor } from "@/lib/two-factor/sign-in";

// "Sudo mode", as GitHub has it: a console session that last proved its user (password or
// second factor) more than 15 minutes ago must prove it again before a sensitive action, so a
// browser left signed in is not enough to mint a key or lock others out. API keys have no
// one to ask: for them the key's own permissions are the check.
export const CONFIRMATION_WINDOW_MS = 15 * 60_000;

/** Throws ConfirmationRequiredError when the actor's console session was not confirmed lately. */
export async function requireRecentConfirmation(actor: Actor, now = new Date()): Promise<void> {
  if (!actor.sessionId) return;
  const session = await db.session.findUnique({ where: { id: actor.sessionId }, select: { confirmedAt: true, userId: true } });
  if (!session || session.userId !== actor.userId) throw new UnauthorizedError("Your session has ended. Sign in again.");
  if (now.getTime() - session.confirmedAt.getTime() > CONFIRMATION_WINDOW_MS) throw new ConfirmationRequiredError();
}

export const confirmAccessSchema = z.union([
  z.object({ password: z.string().min(1, "Enter your password").max(1024) }),
  z.object({ code: codeSchema }),
]);
export type ConfirmAccessInput = z.infer<typeof confirmAccessSchema>;

export const WRONG_PASSWORD = "That password is not correct";
export const WRONG_CODE = "That code is not correct";

/**
 * The signed-in user proves it is them again, with their password or a second-factor code;
 * the session counts as confirmed for the next 15 minutes. Wrong answers count against the
 * sign-in limits, like wrong passwords at sign-in.
 */
export async function confirmAccess({ actor, input }: { actor: Actor; input: ConfirmAccessInput }) {
  if (!actor.sessionId) throw new UnauthorizedError("Only a console session can be confirmed.");
  const data = confirmAccessSchema.parse(input);
  const attempt = await startSignInAttempt(actor.email, actor.ip);
  if ("password" in data) {
    const user = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true } });
    if (!(await verifyPassword(data.password, user?.passwordHash ?? null))) throw new InvalidError(WRONG_PASSWORD, { password: [WRONG_PASSWORD] });
  } else if (!(await verifySecondFactor(actor.userId, data.code))) {
    throw new InvalidError(WRONG_CODE, { code: [WRONG_CODE] });
  }
  await attempt.succeeded();
  await db.session.updateMany({ where: { id: actor.sessionId, userId: actor.userId }, data: { confirmedAt: new Date() } });
}
