import { describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, delayBeforeCheck } from "./login-throttle";

describe("progressive delay", () => {
  it("lets the free attempts of an (account, address) through at once, then waits 250 ms more each time, at most 2 s", () => {
    const delays = Array.from({ length: 10 }, (_, index) => delayBeforeCheck("pair", index + 1));
    expect(delays).toEqual([0, 0, 0, 250, 500, 750, 1000, 1250, 1500, 1750]);
    expect(delayBeforeCheck("pair", 50)).toBe(2000);
    expect(delayBeforeCheck("address", 1000)).toBe(2000);
  });

  it("keeps the account-wide ceiling at NIST SP 800-63B's 100 consecutive failures, without delaying the real user", () => {
    expect(SIGN_IN_LIMITS.account.points).toBe(100);
    expect(delayBeforeCheck("account", 99)).toBe(0);
  });
});
