// The API key format (DESIGN.md): "lk_" + 32 random base62 characters + 6 base62 characters
// of the CRC32 of everything before them. 41 characters, about 190 bits of secret. The
// checksum lets the server (and secret scanners) reject a mistyped key without a lookup.
// Service tokens (lib/services/token-format.ts) are the same shape with their own prefix.
import { hash, randomInt } from "node:crypto";
import { crc32 } from "node:zlib";

export const KEY_PREFIX = "lk_";
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const SECRET_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
export const KEY_LENGTH = KEY_PREFIX.length + SECRET_LENGTH + CHECKSUM_LENGTH;
/** How much of a key tables show to recognise it: "lk_" and 8 characters. */
export const DISPLAY_PREFIX_LENGTH = KEY_PREFIX.length + 8;

const patterns = new Map<string, RegExp>();
function patternFor(prefix: string): RegExp {
  let pattern = patterns.get(prefix);
  if (!pattern) {
    pattern = new RegExp(`^${prefix}[0-9A-Za-z]{${SECRET_LENGTH + CHECKSUM_LENGTH}}$`);
    patterns.set(prefix, pattern);
  }
  return pattern;
}

function base62(value: number, width: number): string {
  let out = "";
  for (let rest = value; rest > 0; rest = Math.floor(rest / 62)) out = BASE62[rest % 62] + out;
  return out.padStart(width, "0");
}

export function checksum(body: string): string {
  return base62(crc32(body), CHECKSUM_LENGTH);
}

/** A new random secret: `prefix` + 32 base62 characters + their checksum. */
export function generateSecret(prefix: string): string {
  let secret = "";
  for (let i = 0; i < SECRET_LENGTH; i++) secret += BASE62[randomInt(62)];
  const body = prefix + secret;
  return body + checksum(body);
}

/** True when the text is `prefix` + the right shape and its checksum matches: no database needed. */
export function isWellFormedSecret(text: string, prefix: string): boolean {
  if (text.length !== prefix.length + SECRET_LENGTH + CHECKSUM_LENGTH || !patternFor(prefix).test(text)) return false;
  const body = text.slice(0, -CHECKSUM_LENGTH);
  return checksum(body) === text.slice(-CHECKSUM_LENGTH);
}

/** A new random key. Show it once; store only hashApiKey(key). */
export function generateApiKey(): string {
  return generateSecret(KEY_PREFIX);
}

/** True when the text has the key's shape and its checksum matches: no database needed. */
export function isWellFormedApiKey(text: string): boolean {
  return isWellFormedSecret(text, KEY_PREFIX);
}

/** SHA-256 (hex) of a key or token: the only form in which either is stored. */
export function hashApiKey(key: string): string {
  return hash("sha256", key, "hex");
}

/** What tables show of a key or token to recognise it: its prefix and 8 characters. */
export function displayPrefix(key: string, prefix = KEY_PREFIX): string {
  return key.slice(0, prefix.length + 8);
}
