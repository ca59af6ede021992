import { describe, expect, it } from "vitest";
import { generateApiKey, isWellFormedApiKey } from "@/lib/api-keys/format";
import { generateServiceToken, isWellFormedServiceToken, tokenDisplayPrefix } from "./token-format";

describe("service token format", () => {
  it("is lks_ + 32 base62 + a 6-character checksum, and never taken for an API key (nor a key for a token)", () => {
    const token = generateServiceToken();
    expect(token).toMatch(/^lks_[0-9A-Za-z]{38}$/);
    expect(isWellFormedServiceToken(token)).toBe(true);
    expect(isWellFormedApiKey(token)).toBe(false);
    expect(isWellFormedServiceToken(generateApiKey())).toBe(false);
    expect(tokenDisplayPrefix(token)).toBe(token.slice(0, 12));
  });

  it("rejects a mistyped character", () => {
    const token = generateServiceToken();
    const typo = token.slice(0, 10) + (token[10] === "a" ? "b" : "a") + token.slice(11);
    expect(isWellFormedServiceToken(typo)).toBe(false);
  });
});
