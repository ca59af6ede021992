import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyPassword } from "./password";

const PASSWORD = "correct horse battery staple 42";
// Made by the scrypt hashPassword that Latchkey shipped before argon2id (N=2^15, r=8, p=1).
const LEGACY_SCRYPT_HASH = "scrypt$32768$8$1$7Yadoj7RDdKxwEPXCChzvQ$PDRIX9upI0jVywQn-Ubg9xq5C9XMNavtqWJRF16eItg";

describe("password hashing", () => {
  it("hashes with argon2id at OWASP's parameters (m=19456 KiB, t=2, p=1) and a fresh salt", async () => {
    const hash = await hashPassword(PASSWORD);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(hash).not.toContain(PASSWORD);
    expect(await hashPassword(PASSWORD)).not.toBe(hash);
    expect(needsRehash(hash)).toBe(false);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword(PASSWORD);
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);
    expect(await verifyPassword("correct horse battery staple 43", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("still verifies a legacy scrypt hash, and marks it for an upgrade", async () => {
    expect(await verifyPassword(PASSWORD, LEGACY_SCRYPT_HASH)).toBe(true);
    expect(await verifyPassword("not the password at all", LEGACY_SCRYPT_HASH)).toBe(false);
    expect(needsRehash(LEGACY_SCRYPT_HASH)).toBe(true);
  });

  it("marks argon2id hashes made with other parameters for an upgrade", () => {
    expect(needsRehash("$argon2id$v=19$m=4096,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g")).toBe(true);
    expect(needsRehash("$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g")).toBe(true);
  });

  it("refuses, without throwing, when there is no hash or it is malformed", async () => {
    expect(await verifyPassword(PASSWORD, null)).toBe(false);
    expect(await verifyPassword(PASSWORD, "")).toBe(false);
    expect(await verifyPassword(PASSWORD, "$argon2id$v=19$m=19456,t=2,p=1$broken")).toBe(false);
    expect(await verifyPassword(PASSWORD, "scrypt$32768$8$1$broken")).toBe(false);
  });
});
