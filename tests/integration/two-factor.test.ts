// Issue 10, point 11: a TOTP second factor with recovery codes.
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidError } from "@/lib/errors";
import { confirmTwoFactorEnrolment, disableTwoFactor, resetTwoFactor, startTwoFactorEnrolment } from "@/lib/two-factor/enrolment";
import { openChallenge, sealChallenge, verifySecondFactor } from "@/lib/two-factor/sign-in";
import { TEST_PASSWORD, seedUser } from "../helpers/seed";

/** A user with the second factor on: their secret (as the app holds it) and recovery codes. */
async function enrolled() {
  const seeded = await seedUser();
  const { secret } = await startTwoFactorEnrolment({ actor: seeded.actor });
  // The code of the step before: sign-in tests then have the current step still unused.
  const code = await generate({ secret, epoch: Math.floor(Date.now() / 1000) - 30 });
  const { recoveryCodes } = await confirmTwoFactorEnrolment({ actor: seeded.actor, input: { code } });
  return { ...seeded, secret, recoveryCodes };
}

describe("enrolling", () => {
  it("shows a QR code and the secret, keeps the secret encrypted, and turns on only with a right code", async () => {
    const { user, actor } = await seedUser();
    const { secret, uri, qrCode } = await startTwoFactorEnrolment({ actor });
    expect(uri).toBe(`otpauth://totp/Latchkey:${encodeURIComponent(user.email)}?secret=${secret}&issuer=Latchkey`);
    expect(qrCode).toMatch(/^data:image\/png;base64,/);
    const pending = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(pending.totpSecret).not.toContain(secret);
    expect(pending.totpEnabledAt).toBeNull();

    await expect(confirmTwoFactorEnrolment({ actor, input: { code: "000000" } })).rejects.toBeInstanceOf(InvalidError);
    const { recoveryCodes } = await confirmTwoFactorEnrolment({ actor, input: { code: await generate({ secret }) } });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored.map((row) => row.hash).join()).not.toContain(recoveryCodes[0].slice(0, 5));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "user.two_factor_enabled", targetId: user.id } })).toBe(1);
    await expect(startTwoFactorEnrolment({ actor })).rejects.toBeInstanceOf(ConflictError);
  });

  it("is refused to an API key", async () => {
    const { actor } = await seedUser();
    await expect(startTwoFactorEnrolment({ actor: { ...actor, keyId: "key" } })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("signing in with a second factor", () => {
  it("the password step says a code is due", async () => {
    const { user } = await enrolled();
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, "192.0.2.20")).toMatchObject({ id: user.id, twoFactor: true });
  });

  it("accepts a current code once: the same code again is refused", async () => {
    const { user, secret } = await enrolled();
    const code = await generate({ secret });
    expect(await verifySecondFactor(user.id, code)).toBe(true);
    expect(await verifySecondFactor(user.id, code)).toBe(false);
    expect(await verifySecondFactor(user.id, "123456")).toBe(false);
  });

  it("accepts each recovery code once, typed in any case and with or without its dash", async () => {
    const { user, recoveryCodes } = await enrolled();
    expect(await verifySecondFactor(user.id, recoveryCodes[3].toUpperCase().replace("-", " "))).toBe(true);
    expect(await verifySecondFactor(user.id, recoveryCodes[3])).toBe(false);
    expect(await verifySecondFactor(user.id, recoveryCodes[4])).toBe(true);
  });

  it("the challenge between the steps cannot be forged or read as a session token", async () => {
    const { user } = await enrolled();
    const sealed = await sealChallenge({ userId: user.id, sessionVersion: 0 });
    expect(await openChallenge(sealed)).toEqual({ userId: user.id, sessionVersion: 0 });
    expect(await openChallenge(`${sealed.slice(0, -4)}AAAA`)).toBeNull();
    const { decode } = await import("next-auth/jwt");
    await expect(decode({ token: sealed, secret: process.env.NEXTAUTH_SECRET! })).rejects.toThrow();
  });
});

describe("turning it off", () => {
  it("the user turns their own off: codes and recovery codes stop working", async () => {
    const { user, actor, secret, recoveryCodes } = await enrolled();
    await disableTwoFactor({ actor });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(await verifySecondFactor(user.id, await generate({ secret }))).toBe(false);
    expect(await verifySecondFactor(user.id, recoveryCodes[0])).toBe(false);
    expect(await db.auditEvent.count({ where: { action: "user.two_factor_disabled", targetId: user.id } })).toBe(1);
  });

  it("an administrator resets another user's (audited), not their own, and not without users:write", async () => {
    const { user } = await enrolled();
    const admin = await seedUser({ admin: true });
    const reader = await seedUser({ permissions: ["users:read"] });
    await expect(resetTwoFactor({ actor: reader.actor, input: { userId: user.id } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resetTwoFactor({ actor: admin.actor, input: { userId: admin.user.id } })).rejects.toBeInstanceOf(ForbiddenError);
    await resetTwoFactor({ actor: admin.actor, input: { userId: user.id } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "user.two_factor_reset", targetId: user.id, actorId: admin.user.id } })).toBe(1);
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, "192.0.2.21")).toMatchObject({ twoFactor: false });
  });
});

describe("the policy requiring it of administrators", () => {
  it("is off by default; when on, sends administrators without a second factor to enrol, and no one else", async () => {
    const { mustEnrolTwoFactor } = await import("@/lib/two-factor/enforcement");
    const { getSignInPolicy, updateSignInPolicy } = await import("@/lib/settings/sign-in-policy");
    const admin = await seedUser({ admin: true });
    const member = await seedUser({ permissions: ["users:read"] });
    const enrolledAdmin = await seedUser({ admin: true });
    const { secret } = await startTwoFactorEnrolment({ actor: enrolledAdmin.actor });
    await confirmTwoFactorEnrolment({ actor: enrolledAdmin.actor, input: { code: await generate({ secret }) } });

    expect(await getSignInPolicy()).toEqual({ requireTwoFactorForAdministrators: false });
    expect(await mustEnrolTwoFactor(admin.actor)).toBe(false);
    await expect(updateSignInPolicy({ actor: member.actor, input: { requireTwoFactorForAdministrators: true } })).rejects.toBeInstanceOf(ForbiddenError);
    await updateSignInPolicy({ actor: admin.actor, input: { requireTwoFactorForAdministrators: true } });
    expect(await db.auditEvent.count({ where: { action: "settings.sign_in_policy_updated", actorId: admin.user.id } })).toBe(1);

    expect(await mustEnrolTwoFactor(admin.actor)).toBe(true);
    expect(await mustEnrolTwoFactor({ ...admin.actor, keyId: "key" })).toBe(false);
    expect(await mustEnrolTwoFactor(member.actor)).toBe(false);
    expect(await mustEnrolTwoFactor(enrolledAdmin.actor)).toBe(false);
    await updateSignInPolicy({ actor: admin.actor, input: { requireTwoFactorForAdministrators: false } });
    expect(await mustEnrolTwoFactor(admin.actor)).toBe(false);
  });
});
