import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { expiredAt } from "./policy";
import { describeUserAgent } from "./user-agent";

export type OwnSession = { id: string; browser: string; ip: string | null; createdAt: Date; lastSeenAt: Date; current: boolean };

/** The signed-in user's live sessions, this one first, then the most recently seen. */
export async function listOwnSessions({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<OwnSession[]> {
  const rows = await db.session.findMany({ where: { userId: actor.userId, NOT: expiredAt(now) }, orderBy: { lastSeenAt: "desc" }, take: 200 });
  return rows
    .map((row) => ({
      id: row.id,
      browser: describeUserAgent(row.userAgent),
      ip: row.ip,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      current: row.id === actor.sessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}
