import "server-only";
import QRCode from "qrcode";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { assertCanManageUser } from "@/lib/permissions/escalation";
import { requireRecentConfirmation } from "@/lib/sessions/confirmation";
import { acceptedStep, hashRecoveryCode, newRecoveryCodes, newTotpSecret, otpauthUri } from "./codes";
import { confirmEnrolmentSchema, resetTwoFactorSchema, type ConfirmEnrolmentInput, type ResetTwoFactorInput } from "./schemas";
import { openSecret, sealSecret } from "./secret-box";

export const WRONG_CODE = "That code is not correct. Enter the current code from your app.";
const ALREADY_ON = "Two-factor authentication is already on. Turn it off first to set up another app.";

/** A second factor is the signed-in person's own: an API key can neither add nor remove one. */
function refuseKeys(actor: Actor): void {
  if (actor.keyId) throw new ForbiddenError("Two-factor authentication is managed in the console, not with an API key.");
}

const userTarget = (user: { id: string; email: string }) => ({ type: "user", id: user.id, label: user.email });

/**
 * Starts enrolment: a new secret, kept (encrypted) until a code from the app confirms it.
 * Returns what the app needs: a QR code, and the secret for typing in by hand.
 */
export async function startTwoFactorEnrolment({ actor }: { actor: Actor }) {
  refuseKeys(actor);
  await requireRecentConfirmation(actor);
  const secret = newTotpSecret();
  const updated = await db.user.updateMany({ where: { id: actor.userId, totpEnabledAt: null }, data: { totpSecret: sealSecret(secret) } });
  if (updated.count === 0) throw new ConflictError(ALREADY_ON);
  const uri = otpauthUri(secret, actor.email);
  return { secret, uri, qrCode: await QRCode.toDataURL(uri, { margin: 1, width: 200 }) };
}

/** Confirms enrolment with a code from the app; returns the ten recovery codes, shown once. */
export async function confirmTwoFactorEnrolment({ actor, input }: { actor: Actor; input: ConfirmEnrolmentInput }) {
  refuseKeys(actor);
  const { code } = confirmEnrolmentSchema.parse(input);
  const recoveryCodes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.userId }, select: { id: true, email: true, totpSecret: true, totpEnabledAt: true } });
    if (!user) throw new NotFoundError("User");
    if (user.totpEnabledAt) throw new ConflictError(ALREADY_ON);
    const secret = user.totpSecret ? openSecret(user.totpSecret) : null;
    if (!secret) throw new ConflictError("Start setting up two-factor authentication again.");
    const step = await acceptedStep(secret, code, null);
    if (step === null) throw new InvalidError(WRONG_CODE, { code: [WRONG_CODE] });
    await tx.user.update({ where: { id: user.id }, data: { totpEnabledAt: new Date(), totpLastStep: step } });
    await replaceRecoveryCodes(tx, user.id, recoveryCodes);
    await recordAudit(tx, actor, { action: "user.two_factor_enabled", target: userTarget(user) });
  });
  return { recoveryCodes };
}

async function replaceRecoveryCodes(tx: Tx, userId: string, codes: string[]) {
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, hash: hashRecoveryCode(code) })) });
}

/** New recovery codes for the signed-in user (the old ones stop working); shown once. */
export async function regenerateRecoveryCodes({ actor }: { actor: Actor }) {
  refuseKeys(actor);
  await requireRecentConfirmation(actor);
  const recoveryCodes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.userId }, select: { id: true, email: true, totpEnabledAt: true } });
    if (!user?.totpEnabledAt) throw new ConflictError("Two-factor authentication is off.");
    await replaceRecoveryCodes(tx, user.id, recoveryCodes);
    await recordAudit(tx, actor, { action: "user.recovery_codes_regenerated", target: userTarget(user) });
  });
  return { recoveryCodes };
}

async function clearTwoFactor(tx: Tx, userId: string) {
  await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
  await tx.recoveryCode.deleteMany({ where: { userId } });
}

/** The signed-in user turns their own second factor off. */
export async function disableTwoFactor({ actor }: { actor: Actor }) {
  refuseKeys(actor);
  await requireRecentConfirmation(actor);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.userId }, select: { id: true, email: true, totpEnabledAt: true } });
    if (!user) throw new NotFoundError("User");
    if (!user.totpEnabledAt) return;
    await clearTwoFactor(tx, user.id);
    await recordAudit(tx, actor, { action: "user.two_factor_disabled", target: userTarget(user) });
  });
}

/**
 * An administrator turns another user's second factor off (a lost phone and lost recovery
 * codes); the user signs in with their password alone and can enrol again.
 */
export async function resetTwoFactor({ actor, input }: { actor: Actor; input: ResetTwoFactorInput }) {
  requirePermission(actor, "users:write");
  refuseKeys(actor);
  const { userId } = resetTwoFactorSchema.parse(input);
  if (userId === actor.userId) throw new ForbiddenError("Turn your own two-factor authentication off under Preferences.");
  await requireRecentConfirmation(actor);
  await db.$transaction(async (tx) => {
    await assertCanManageUser(tx, actor, userId);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, totpEnabledAt: true } });
    if (!user) throw new NotFoundError("User");
    if (!user.totpEnabledAt) throw new ConflictError("This user has no second factor to reset.");
    await clearTwoFactor(tx, user.id);
    await recordAudit(tx, actor, { action: "user.two_factor_reset", target: userTarget(user) });
  });
}
