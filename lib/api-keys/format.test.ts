import { describe, expect, it } from "vitest";
import { KEY_LENGTH, checksum, displayPrefix, generateApiKey, hashApiKey, isWellFormedApiKey } from "./format";

describe("API key format", () => {
  it("is lk_ + 32 base62 + a 6-character base62 CRC32 checksum", () => {
    const key = generateApiKey();
    expect(key).toMatch(/^lk_[0-9A-Za-z]{38}$/);
    expect(key).toHaveLength(KEY_LENGTH);
    expect(key.slice(-6)).toBe(checksum(key.slice(0, -6)));
    expect(isWellFormedApiKey(key)).toBe(true);
  });

  it("computes the checksum as base62 of the CRC32 (known value)", () => {
    // CRC32("lk_" + 32 zeros) = 585082511, in base62 (0-9A-Za-z) padded to 6: computed with
    // Python's zlib, independently of this code.
    const body = `lk_${"0".repeat(32)}`;
    expect(checksum(body)).toBe("0dawgh");
    expect(checksum(body)).not.toBe(checksum(`lk_${"0".repeat(31)}1`));
  });

  it("never repeats", () => {
    const keys = new Set(Array.from({ length: 2000 }, generateApiKey));
    expect(keys.size).toBe(2000);
  });

  it("rejects a single mistyped character, wrong length, prefix or alphabet", () => {
    const key = generateApiKey();
    const position = 10;
    const typo = key.slice(0, position) + (key[position] === "a" ? "b" : "a") + key.slice(position + 1);
    expect(isWellFormedApiKey(typo)).toBe(false);
    expect(isWellFormedApiKey(key.slice(0, -1))).toBe(false);
    expect(isWellFormedApiKey(`${key}x`)).toBe(false);
    expect(isWellFormedApiKey(`lx_${key.slice(3)}`)).toBe(false);
    expect(isWellFormedApiKey(`${key.slice(0, 20)}-${key.slice(21)}`)).toBe(false);
    expect(isWellFormedApiKey("")).toBe(false);
  });

  it("hashes with SHA-256 and shows only a short prefix", () => {
    const key = generateApiKey();
    expect(hashApiKey(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(key)).not.toContain(key.slice(3));
    expect(displayPrefix(key)).toBe(key.slice(0, 11));
  });
});
