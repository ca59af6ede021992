import "server-only";
import { db } from "@/lib/db";
import { LAST_SEEN_PRECISION_MS, isLive } from "./policy";

/**
 * The session row when it is still live for this user, else null (an ended or expired row is
 * deleted). Run on every console request; writes lastSeenAt at most once a minute.
 */
export async function liveSession({ sessionId, userId, now = new Date() }: { sessionId: string; userId: string; now?: Date }) {
  if (typeof sessionId !== "string" || sessionId.length === 0 || sessionId.length > 100) return null;
  const session = await db.session.findUnique({ where: { id: sessionId } });
  if (!session || session.userId !== userId) return null;
  if (!isLive(session, now)) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_PRECISION_MS) {
    // Conditional on the value read, so concurrent requests write once between them.
    await db.session.updateMany({ where: { id: session.id, lastSeenAt: session.lastSeenAt }, data: { lastSeenAt: now } });
    return { ...session, lastSeenAt: now };
  }
  return session;
}
