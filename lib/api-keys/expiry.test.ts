import { describe, expect, it } from "vitest";
import { DAY_MS, allowedExpirations, customDateRange, defaultExpiration, endOfLocalDay, expiresWithin, isExpired, latestExpiry, presetExpiresAt } from "./expiry";

const policy = (maxLifetimeDays: number, allowNoExpiration = false) => ({ maxLifetimeDays, allowNoExpiration });

describe("expiration choices", () => {
  it("default to one year and offer 'No expiration' only when allowed", () => {
    expect(allowedExpirations(policy(365))).toEqual(["30d", "90d", "1y", "custom"]);
    expect(allowedExpirations(policy(365, true))).toEqual(["30d", "90d", "1y", "custom", "never"]);
    expect(defaultExpiration(policy(365))).toBe("1y");
  });

  it("drop presets longer than the policy's maximum and default to the longest left", () => {
    expect(allowedExpirations(policy(90))).toEqual(["30d", "90d", "custom"]);
    expect(defaultExpiration(policy(90))).toBe("90d");
    expect(defaultExpiration(policy(7))).toBe("custom");
  });
});

describe("expiry dates", () => {
  const now = new Date(2026, 0, 15, 10, 30);

  it("add the preset's days to now", () => {
    expect(presetExpiresAt("30d", now).getTime() - now.getTime()).toBe(30 * DAY_MS);
    expect(presetExpiresAt("1y", now).getTime() - now.getTime()).toBe(365 * DAY_MS);
  });

  it("end a custom date at the last moment of that local day", () => {
    expect(endOfLocalDay("2026-02-03")).toEqual(new Date(2026, 1, 3, 23, 59, 59, 999));
  });

  it("offer custom dates from today to the last day whose end the policy allows", () => {
    const { min, max } = customDateRange(policy(30), now);
    expect(min).toBe("2026-01-15");
    expect(max).toBe("2026-02-13");
    expect(endOfLocalDay(max).getTime()).toBeLessThanOrEqual(latestExpiry(policy(30), now).getTime());
    expect(endOfLocalDay("2026-02-14").getTime()).toBeGreaterThan(latestExpiry(policy(30), now).getTime());
  });

  it("tell expired and soon-expiring keys apart", () => {
    expect(isExpired(null, now)).toBe(false);
    expect(isExpired(now, now)).toBe(true);
    expect(isExpired(new Date(now.getTime() + 1), now)).toBe(false);
    expect(expiresWithin(new Date(now.getTime() + 14 * DAY_MS), 14, now)).toBe(true);
    expect(expiresWithin(new Date(now.getTime() + 15 * DAY_MS), 14, now)).toBe(false);
    expect(expiresWithin(new Date(now.getTime() - 1), 14, now)).toBe(false);
    expect(expiresWithin(null, 14, now)).toBe(false);
  });
});
