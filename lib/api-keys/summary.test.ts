import { describe, expect, it } from "vitest";
import { toApiKeySummary } from "./summary";

const row = {
  id: "k1",
  userId: "u1",
  name: "CI",
  description: "",
  prefix: "lk_abcdefgh",
  scopes: '["users:read","not-a-permission"]',
  expiresAt: null,
  status: "DISABLED" as const,
  rateLimit: null,
  createdAt: new Date(),
  lastUsedAt: null,
  lastUsedIp: null,
  usageCount: 0,
  revokedAt: null,
  disabledById: "admin",
};

describe("toApiKeySummary", () => {
  it("never carries columns it was not built with (a hash selected by mistake stays behind)", () => {
    const summary = toApiKeySummary({ ...row, hash: "f".repeat(64) } as typeof row);
    expect(summary).not.toHaveProperty("hash");
    expect(summary).not.toHaveProperty("disabledById");
    expect(summary).toMatchObject({ scopes: ["users:read"], state: "disabled", disabledByAdministrator: true });
    expect(toApiKeySummary({ ...row, disabledById: "u1" }).disabledByAdministrator).toBe(false);
    expect(toApiKeySummary({ ...row, scopes: null }).scopes).toBeNull();
  });
});
