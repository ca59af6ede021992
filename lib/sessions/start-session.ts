import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { SESSION_LIFETIME_MS, expiredAt } from "./policy";
import { describeUserAgent } from "./user-agent";

/** The user as the actor of their own session events (sign-in, sign-out). */
export function sessionOwner(user: { id: string; email: string; name: string }, ip: string | null): Actor {
  return { userId: user.id, email: user.email, name: user.name, permissions: new Set(), ip };
}

export function sessionTarget(session: { id: string; userAgent: string | null; ip: string | null }) {
  return { type: "session", id: session.id, label: [describeUserAgent(session.userAgent), session.ip].filter(Boolean).join(" · ") };
}

/**
 * Records a new console session at sign-in (called from next-auth's jwt callback once the
 * password has been checked). Also deletes every session that has ended by time, so the
 * table holds live sessions only.
 */
export async function startSession({
  userId,
  userAgent,
  ip,
  now = new Date(),
}: {
  userId: string;
  userAgent: string | null | undefined;
  ip: string | null;
  now?: Date;
}) {
  const data = {
    id: randomBytes(32).toString("base64url"),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
    userAgent: userAgent ? userAgent.slice(0, 512) : null,
    ip: ip ? ip.slice(0, 64) : null,
  };
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
    if (!user) throw new NotFoundError("User");
    await tx.session.deleteMany({ where: expiredAt(now) });
    const session = await tx.session.create({ data });
    await recordAudit(tx, sessionOwner(user, ip), { action: "session.started", target: sessionTarget(session) });
    return { id: session.id, expiresAt: session.expiresAt };
  });
}
