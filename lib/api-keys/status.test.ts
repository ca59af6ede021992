import { describe, expect, it } from "vitest";
import { apiKeyState } from "./status";

const now = new Date("2026-06-01T12:00:00Z");
const past = new Date("2026-05-01T00:00:00Z");
const future = new Date("2026-07-01T00:00:00Z");

describe("apiKeyState", () => {
  it("computes Expired from expiresAt; Revoked wins; an expired disabled key reads Expired", () => {
    expect(apiKeyState({ status: "ACTIVE", expiresAt: future }, now)).toBe("active");
    expect(apiKeyState({ status: "ACTIVE", expiresAt: null }, now)).toBe("active");
    expect(apiKeyState({ status: "ACTIVE", expiresAt: past }, now)).toBe("expired");
    expect(apiKeyState({ status: "DISABLED", expiresAt: future }, now)).toBe("disabled");
    expect(apiKeyState({ status: "DISABLED", expiresAt: past }, now)).toBe("expired");
    expect(apiKeyState({ status: "REVOKED", expiresAt: past }, now)).toBe("revoked");
  });
});
