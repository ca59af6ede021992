import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { liveSession } from "@/lib/sessions/check-session";
import { endOtherSessions, endSession, endSessionOnSignOut, endUserSessions } from "@/lib/sessions/end-session";
import { SESSION_IDLE_TIMEOUT_MS, SESSION_LIFETIME_MS } from "@/lib/sessions/policy";
import { listOwnSessions } from "@/lib/sessions/queries";
import { startSession } from "@/lib/sessions/start-session";
import { resetPassword } from "@/lib/users/reset-password";
import { changePassword } from "@/lib/users/profile";
import { setUserStatus } from "@/lib/users/set-user-status";
import { TEST_PASSWORD, seedUser } from "../helpers/seed";

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
const SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const HOUR = 60 * 60 * 1000;

async function signedInUser(options: Parameters<typeof seedUser>[0] = {}) {
  const { user, actor } = await seedUser(options);
  const session = await startSession({ userId: user.id, userAgent: FIREFOX, ip: "203.0.113.7" });
  return { user, session, actor: { ...actor, sessionId: session.id } satisfies Actor };
}

const audits = (action: string, targetId: string) => db.auditEvent.findMany({ where: { action, targetId } });

describe("starting a session (on sign-in)", () => {
  it("records a row with browser, address and an absolute expiry, and audits it", async () => {
    const { user } = await seedUser();
    const now = new Date("2026-01-10T08:00:00Z");
    const session = await startSession({ userId: user.id, userAgent: FIREFOX, ip: "198.51.100.4", now });
    const row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row).toMatchObject({ userId: user.id, userAgent: FIREFOX, ip: "198.51.100.4", createdAt: now, lastSeenAt: now });
    expect(row.expiresAt.getTime()).toBe(now.getTime() + SESSION_LIFETIME_MS);
    expect(SESSION_LIFETIME_MS).toBe(12 * HOUR);
    expect(SESSION_IDLE_TIMEOUT_MS).toBe(2 * HOUR);
    expect(session.id).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(await audits("session.started", session.id)).toMatchObject([{ actorId: user.id, ip: "198.51.100.4", targetLabel: "Firefox on Linux · 198.51.100.4" }]);
  });

  it("deletes expired and idle rows of everybody, so the table stays bounded", async () => {
    const { user: other } = await seedUser();
    const long = new Date(Date.now() - 13 * HOUR);
    const stale = await startSession({ userId: other.id, userAgent: null, ip: null, now: long });
    const idle = await startSession({ userId: other.id, userAgent: null, ip: null, now: new Date(Date.now() - 3 * HOUR) });
    const fresh = await startSession({ userId: other.id, userAgent: null, ip: null });
    const { user } = await seedUser();
    await startSession({ userId: user.id, userAgent: FIREFOX, ip: null });
    const left = await db.session.findMany({ where: { userId: other.id }, select: { id: true } });
    expect(left.map((row) => row.id)).toEqual([fresh.id]);
    expect(left.map((row) => row.id)).not.toContain(stale.id);
    expect(left.map((row) => row.id)).not.toContain(idle.id);
  });
});

describe("checking a session on each request", () => {
  it("accepts a live session and refuses it past its absolute lifetime, however active", async () => {
    const { user } = await seedUser();
    const start = new Date("2026-02-01T06:00:00Z");
    const session = await startSession({ userId: user.id, userAgent: FIREFOX, ip: null, now: start });
    // Active every 30 minutes: never idle, but the absolute lifetime still ends it.
    for (let minutes = 30; minutes < 12 * 60; minutes += 30) {
      const now = new Date(start.getTime() + minutes * 60_000);
      expect(await liveSession({ sessionId: session.id, userId: user.id, now }), `after ${minutes} min`).not.toBeNull();
    }
    expect(await liveSession({ sessionId: session.id, userId: user.id, now: new Date(start.getTime() + 12 * HOUR) })).toBeNull();
    expect(await db.session.findUnique({ where: { id: session.id } })).toBeNull();
  });

  it("refuses a session idle longer than the idle timeout; activity keeps it alive", async () => {
    const { user } = await seedUser();
    const start = new Date("2026-02-02T06:00:00Z");
    const session = await startSession({ userId: user.id, userAgent: FIREFOX, ip: null, now: start });
    const at = (ms: number) => new Date(start.getTime() + ms);
    expect(await liveSession({ sessionId: session.id, userId: user.id, now: at(HOUR + 59 * 60_000) })).not.toBeNull();
    // Seen at 1:59, so still alive at 3:58 (seen again), and idle by 5:59.
    expect(await liveSession({ sessionId: session.id, userId: user.id, now: at(3 * HOUR + 58 * 60_000) })).not.toBeNull();
    expect(await liveSession({ sessionId: session.id, userId: user.id, now: at(5 * HOUR + 59 * 60_000) })).toBeNull();
  });

  it("writes lastSeenAt at most about once a minute", async () => {
    const { user } = await seedUser();
    const start = new Date("2026-02-03T06:00:00Z");
    const session = await startSession({ userId: user.id, userAgent: FIREFOX, ip: null, now: start });
    await liveSession({ sessionId: session.id, userId: user.id, now: new Date(start.getTime() + 20_000) });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt).toEqual(start);
    const later = new Date(start.getTime() + 61_000);
    await liveSession({ sessionId: session.id, userId: user.id, now: later });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt).toEqual(later);
  });

  it("refuses an unknown id, or another user's session id", async () => {
    const { user, session } = await signedInUser();
    const { user: other } = await seedUser();
    expect(await liveSession({ sessionId: "no-such-session", userId: user.id })).toBeNull();
    expect(await liveSession({ sessionId: session.id, userId: other.id })).toBeNull();
    expect(await liveSession({ sessionId: session.id, userId: user.id })).not.toBeNull();
  });
});

describe("ending sessions", () => {
  it("sign-out deletes the row and audits it", async () => {
    const { user, session } = await signedInUser();
    await endSessionOnSignOut({ sessionId: session.id, userId: user.id, ip: "203.0.113.9" });
    expect(await liveSession({ sessionId: session.id, userId: user.id })).toBeNull();
    expect(await audits("session.signed_out", session.id)).toMatchObject([{ actorId: user.id, ip: "203.0.113.9" }]);
    // A second sign-out with the same token (a replay) changes nothing and does not fail.
    await endSessionOnSignOut({ sessionId: session.id, userId: user.id, ip: null });
    expect(await audits("session.signed_out", session.id)).toHaveLength(1);
  });

  it("lists one's own live sessions, marks the current one, and ends another one", async () => {
    const { user, session, actor } = await signedInUser();
    const phone = await startSession({ userId: user.id, userAgent: SAFARI, ip: "198.51.100.77" });
    await signedInUser(); // somebody else's session is never listed
    const listed = await listOwnSessions({ actor });
    expect(listed).toHaveLength(2);
    expect(listed.find((row) => row.id === session.id)).toMatchObject({ current: true, browser: "Firefox on Linux" });
    expect(listed.find((row) => row.id === phone.id)).toMatchObject({ current: false, browser: "Safari on iOS", ip: "198.51.100.77" });

    await endSession({ actor, input: { sessionId: phone.id } });
    expect(await liveSession({ sessionId: phone.id, userId: user.id })).toBeNull();
    expect(await liveSession({ sessionId: session.id, userId: user.id })).not.toBeNull();
    expect(await audits("session.ended", phone.id)).toMatchObject([{ actorId: user.id }]);
  });

  it("refuses to end another user's session through a forged id (and changes nothing)", async () => {
    const { actor } = await signedInUser();
    const { user: victim, session: victimSession } = await signedInUser({ admin: true });
    await expect(endSession({ actor, input: { sessionId: victimSession.id } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await liveSession({ sessionId: victimSession.id, userId: victim.id })).not.toBeNull();
    expect(await audits("session.ended", victimSession.id)).toHaveLength(0);
    await expect(endSession({ actor, input: { sessionId: "" } })).rejects.toMatchObject({ name: "ZodError" });
  });

  it("ends every other session and keeps this one", async () => {
    const { user, session, actor } = await signedInUser();
    const others = [
      await startSession({ userId: user.id, userAgent: SAFARI, ip: null }),
      await startSession({ userId: user.id, userAgent: null, ip: null }),
    ];
    const { user: bystander, session: bystanderSession } = await signedInUser();
    expect(await endOtherSessions({ actor })).toEqual({ ended: 2 });
    for (const other of others) expect(await liveSession({ sessionId: other.id, userId: user.id })).toBeNull();
    expect(await liveSession({ sessionId: session.id, userId: user.id })).not.toBeNull();
    expect(await liveSession({ sessionId: bystanderSession.id, userId: bystander.id })).not.toBeNull();
    expect(await audits("sessions.ended_others", user.id)).toMatchObject([{ details: JSON.stringify({ ended: 2 }) }]);
  });

  it("lets an administrator end all of a user's sessions; others may not", async () => {
    const { actor: admin } = await signedInUser({ admin: true });
    const { user, session } = await signedInUser({ permissions: ["users:read"] });
    const second = await startSession({ userId: user.id, userAgent: SAFARI, ip: null });
    const { actor: reader } = await signedInUser({ permissions: ["users:read"] });
    await expect(endUserSessions({ actor: reader, input: { userId: user.id } })).rejects.toBeInstanceOf(ForbiddenError);
    // users:write alone does not reach a user holding more than the actor (an administrator).
    const { actor: writer } = await signedInUser({ permissions: ["users:write"] });
    const { user: otherAdmin, session: otherAdminSession } = await signedInUser({ admin: true });
    await expect(endUserSessions({ actor: writer, input: { userId: otherAdmin.id } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await liveSession({ sessionId: otherAdminSession.id, userId: otherAdmin.id })).not.toBeNull();

    expect(await endUserSessions({ actor: admin, input: { userId: user.id } })).toEqual({ ended: 2 });
    expect(await liveSession({ sessionId: session.id, userId: user.id })).toBeNull();
    expect(await liveSession({ sessionId: second.id, userId: user.id })).toBeNull();
    expect(await audits("sessions.ended_all", user.id)).toMatchObject([{ actorId: admin.userId }]);
    await expect(endUserSessions({ actor: admin, input: { userId: "missing" } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("disabling a user, resetting or changing their password deletes their session rows", async () => {
    const { actor: admin } = await signedInUser({ admin: true });
    const { user, session } = await signedInUser();
    await setUserStatus({ actor: admin, input: { userId: user.id, status: "DISABLED" } });
    expect(await db.session.findUnique({ where: { id: session.id } })).toBeNull();

    const { user: second, session: secondSession } = await signedInUser();
    await resetPassword({ actor: admin, input: { userId: second.id } });
    expect(await db.session.findUnique({ where: { id: secondSession.id } })).toBeNull();

    const { actor, session: own } = await signedInUser();
    const next = "violet Harbour lantern 58";
    await changePassword({ actor, input: { currentPassword: TEST_PASSWORD, newPassword: next, confirmPassword: next } });
    expect(await db.session.findUnique({ where: { id: own.id } })).toBeNull();
  });
});
