import "server-only";
import { env } from "@/lib/env";

/** A session ends this long after sign-in, however active (SESSION_LIFETIME_HOURS, default 12). */
export const SESSION_LIFETIME_MS = env.SESSION_LIFETIME_HOURS * 60 * 60 * 1000;
/** A session ends when unused this long (SESSION_IDLE_MINUTES, default 120). */
export const SESSION_IDLE_TIMEOUT_MS = env.SESSION_IDLE_MINUTES * 60 * 1000;
/** lastSeenAt is written at most this often, so a request is not a write. */
export const LAST_SEEN_PRECISION_MS = 60 * 1000;

type Timed = { expiresAt: Date; lastSeenAt: Date };

export function isLive(session: Timed, now: Date): boolean {
  return now < session.expiresAt && now.getTime() - session.lastSeenAt.getTime() < SESSION_IDLE_TIMEOUT_MS;
}

/** The rows of sessions that have ended by time (absolute lifetime or idle timeout). */
export function expiredAt(now: Date) {
  return { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - SESSION_IDLE_TIMEOUT_MS) } }] };
}
