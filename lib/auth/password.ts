import "server-only";
import { hash as argon2Hash, verify as argon2Verify } from "@node-rs/argon2";
import { randomInt, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

// argon2id at the OWASP Password Storage Cheat Sheet's minimum: m=19456 KiB (19 MiB), t=2, p=1;
// 16-byte random salt, 32-byte hash, stored as a PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash).
// @node-rs/argon2 defaults to argon2id, version 19.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;
const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2_OPTIONS.memoryCost},t=${ARGON2_OPTIONS.timeCost},p=${ARGON2_OPTIONS.parallelism}$`;

// Compatibility with hashes written before argon2id ("scrypt$N$r$p$salt$hash"); they verify
// until their owner's next successful sign-in rewrites them (see needsRehash).
const SCRYPT_KEY_LENGTH = 32;

// NFKC so the same password typed on another keyboard (composed or decomposed) still matches.
const normalize = (password: string) => password.normalize("NFKC");

export async function hashPassword(password: string): Promise<string> {
  return argon2Hash(normalize(password), ARGON2_OPTIONS);
}

/** True when a stored hash is not argon2id at today's parameters and should be rewritten. */
export function needsRehash(stored: string | null): boolean {
  return !stored?.startsWith(CURRENT_PREFIX);
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  if (stored?.startsWith("$argon2")) return argon2Verify(stored, normalize(password)).catch(() => false);
  if (stored?.startsWith("scrypt$")) return verifyScrypt(password, stored);
  // No usable hash (unknown account): the same work as a real check, so timing does not tell.
  await hashPassword(password);
  return false;
}

async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [, N, r, p, salt, hash, ...rest] = stored.split("$");
  const params = { N: Number(N), r: Number(r), p: Number(p) };
  if (rest.length > 0 || !hash || !Object.values(params).every(Number.isSafeInteger)) return false;
  const expected = Buffer.from(hash, "base64url");
  const options: ScryptOptions = { ...params, maxmem: 128 * params.N * params.r * 2 };
  const actual = await new Promise<Buffer | null>((resolve) =>
    scrypt(normalize(password), Buffer.from(salt, "base64url"), SCRYPT_KEY_LENGTH, options, (error, key) => resolve(error ? null : key)),
  );
  return actual !== null && actual.length === expected.length && timingSafeEqual(actual, expected);
}

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** A readable random password for generated credentials: 4 groups of 5 (about 115 bits). */
export function generatePassword(): string {
  const chars = Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return chars.join("").replace(/(.{5})(?!$)/g, "$1-");
}
