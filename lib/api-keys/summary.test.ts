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
  serviceBound: false,
  services: [] as { service: { id: string; name: string; slug: string } }[],
  serviceUsage: [] as { requestCount: number; lastUsedAt: Date | null; lastMethod: string | null; lastUri: string | null; service: { id: string; name: string; slug: string } }[],
};
const reports = { id: "s1", name: "Reports", slug: "reports" };

describe("toApiKeySummary", () => {
  it("never carries columns it was not built with (a hash selected by mistake stays behind)", () => {
    const summary = toApiKeySummary({ ...row, hash: "f".repeat(64) } as typeof row);
    expect(summary).not.toHaveProperty("hash");
    expect(summary).not.toHaveProperty("disabledById");
    expect(summary).toMatchObject({ scopes: ["users:read"], state: "disabled", disabledByAdministrator: true });
    expect(toApiKeySummary({ ...row, disabledById: "u1" }).disabledByAdministrator).toBe(false);
    expect(toApiKeySummary({ ...row, scopes: null }).scopes).toBeNull();
  });

  it("tells a key bound to no service (null) from one bound to services whose list is now empty", () => {
    expect(toApiKeySummary(row).boundServices).toBeNull();
    expect(toApiKeySummary({ ...row, serviceBound: true }).boundServices).toEqual([]);
    expect(toApiKeySummary({ ...row, serviceBound: true, services: [{ service: reports }] }).boundServices).toEqual([reports]);
  });

  it("lists the usage per service as requests and the last one", () => {
    const at = new Date("2026-12-01T10:00:00Z");
    const usage = toApiKeySummary({ ...row, serviceUsage: [{ requestCount: 3, lastUsedAt: at, lastMethod: "GET", lastUri: "/r?x=1", service: reports }] }).serviceUsage;
    expect(usage).toEqual([{ service: reports, requests: 3, lastUsedAt: at, lastMethod: "GET", lastUri: "/r?x=1" }]);
  });
});
