import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// TOTP secrets must be readable again (to check codes), so they cannot be hashed; they are
// encrypted (AES-256-GCM) with a key derived from NEXTAUTH_SECRET, so a copy of the database
// alone does not give anyone the codes. Changing NEXTAUTH_SECRET turns every second factor off
// in effect (codes no longer match); administrators then reset it for each user.
const VERSION = "v1";

function key(): Buffer {
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is not set");
  return Buffer.from(hkdfSync("sha256", env.NEXTAUTH_SECRET, "latchkey", "totp-secret", 32));
}

export function sealSecret(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), sealed.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** The secret, or null when it was sealed with another key (or is not a sealed secret). */
export function openSecret(sealed: string): string | null {
  const [version, iv, data, tag] = sealed.split(".");
  if (version !== VERSION || !iv || !data || !tag) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
