import { createHash, randomInt } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";

// RFC 6238 as authenticator apps expect it: SHA-1, 6 digits, 30-second steps.
export const ISSUER = "Latchkey";
/** One step either side of now: a phone clock a little off, or a code typed as it changed. */
const TOLERANCE_SECONDS = 30;

export const newTotpSecret = () => generateSecret();

export const otpauthUri = (secret: string, email: string) => generateURI({ issuer: ISSUER, label: email, secret });

/**
 * The time step of `code` when it is valid for `secret` and later than `afterStep` (a code is
 * accepted once: replaying it, or an earlier one, fails); else null.
 */
export async function acceptedStep(secret: string, code: string, afterStep: number | null): Promise<number | null> {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({ secret, token, epochTolerance: TOLERANCE_SECONDS, ...(afterStep === null ? {} : { afterTimeStep: afterStep }) });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

// Recovery codes: ten, each 10 characters of an alphabet without look-alikes (about 50 bits),
// shown as xxxxx-xxxxx. Only their SHA-256 is stored: they are random, so a fast hash suffices.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Case, spaces and dashes do not matter when a recovery code is typed back. */
export const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, "");

export const hashRecoveryCode = (code: string) => createHash("sha256").update(normalizeRecoveryCode(code)).digest("hex");

export const looksLikeRecoveryCode = (code: string) => normalizeRecoveryCode(code).length === 10;
