import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { isRecordNotFound } from "@/lib/db/errors";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { assertCanManageUser } from "@/lib/permissions/escalation";
import { requireRecentConfirmation } from "@/lib/sessions/confirmation";
import { endSessionSchema, endUserSessionsSchema, type EndSessionInput, type EndUserSessionsInput } from "./schemas";
import { sessionOwner, sessionTarget } from "./start-session";

/**
 * The signed-in user ends one of their own sessions (Preferences → Sessions → Sign out).
 * Another user's session id is answered as not found: ids are never confirmed across users.
 */
export async function endSession({ actor, input }: { actor: Actor; input: EndSessionInput }) {
  const { sessionId } = endSessionSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      // The delete is the check: another user's session matches no row (P2025, Not Found).
      const session = await tx.session.delete({ where: { id: sessionId, userId: actor.userId } });
      await recordAudit(tx, actor, { action: "session.ended", target: sessionTarget(session) });
      return { id: session.id };
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw new NotFoundError("Session");
    throw error;
  }
}

/** The signed-in user ends every session of theirs except the one making the request. */
export async function endOtherSessions({ actor }: { actor: Actor }) {
  if (!actor.sessionId) throw new InvalidError("This needs a console session.");
  const currentSessionId = actor.sessionId;
  return db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId: actor.userId, id: { not: currentSessionId } } });
    if (count > 0) {
      await recordAudit(tx, actor, {
        action: "sessions.ended_others",
        target: { type: "user", id: actor.userId, label: actor.email },
        details: { ended: count },
      });
    }
    return { ended: count };
  });
}

/** An administrator (users:write, holding all the user holds) ends all of a user's sessions. */
export async function endUserSessions({ actor, input }: { actor: Actor; input: EndUserSessionsInput }) {
  requirePermission(actor, "users:write");
  const { userId } = endUserSessionsSchema.parse(input);
  await requireRecentConfirmation(actor);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
    if (!user) throw new NotFoundError("User");
    await assertCanManageUser(tx, actor, userId);
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, actor, { action: "sessions.ended_all", target: { type: "user", id: userId, label: user.email }, details: { ended: count } });
    return { ended: count };
  });
}

/**
 * Sign-out (next-auth's signOut event, with the decoded token): the session's row goes, so
 * a copy of the cookie no longer works. Replaying a sign-out is harmless.
 */
export async function endSessionOnSignOut({ sessionId, userId, ip }: { sessionId: string; userId: string; ip: string | null }) {
  await db
    .$transaction(async (tx) => {
      const session = await tx.session.delete({ where: { id: sessionId, userId }, include: { user: { select: { id: true, email: true, name: true } } } });
      await recordAudit(tx, sessionOwner(session.user, ip), { action: "session.signed_out", target: sessionTarget(session) });
    })
    .catch((error: unknown) => {
      if (!isRecordNotFound(error)) throw error;
    });
}
