// Sign-in limits (lib/auth/login-throttle.ts): every attempt is counted before the password
// is checked; failures are limited per (account, address), per address, and account-wide
// only at a ceiling high enough that a remote attacker cannot keep the real user out.
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from "@/lib/two-factor/enrolment";
import { TEST_PASSWORD, seedUser, unique } from "../helpers/seed";

const wrong = (email: string, ip: string, attempt: number) => signInWithPassword({ email, password: `wrong-${attempt}-password` }, ip);
const right = (email: string, ip: string) => signInWithPassword({ email, password: TEST_PASSWORD }, ip);

/** Fires `count` wrong passwords at once; returns how many were checked (null) and refused (429). */
async function burst(email: string, ip: string, count: number) {
  const results = await Promise.allSettled(Array.from({ length: count }, (_, attempt) => wrong(email, ip, attempt)));
  const checked = results.filter((result) => result.status === "fulfilled" && result.value === null).length;
  const refused = results.filter((result) => result.status === "rejected" && /Too many failed sign-in attempts/.test(String(result.reason))).length;
  return { checked, refused };
}

describe("sign-in limits", () => {
  it("a right password of an account with a second factor does not start its counts again", async () => {
    const enrolled = await seedUser();
    const plain = await seedUser();
    const { secret } = await startTwoFactorEnrolment({ actor: enrolled.actor });
    await confirmTwoFactorEnrolment({ actor: enrolled.actor, input: { code: await generate({ secret }) } });
    for (const { user } of [enrolled, plain]) {
      await burst(user.email, "198.51.100.40", 9);
      await right(user.email, "198.51.100.40");
      await wrong(user.email, "198.51.100.40", 10);
    }
    // Ten failures: the password alone (step one of two) did not wipe them, so codes could not be
    // tried without end by entering the password again; without a second factor it did.
    await expect(right(enrolled.user.email, "198.51.100.40")).rejects.toThrow(/Too many failed sign-in attempts/);
    expect(await right(plain.user.email, "198.51.100.40")).toMatchObject({ id: plain.user.id });
  }, 60_000);

  it("counts an attempt before checking the password: 25 parallel wrong passwords check at most 10", async () => {
    const { user } = await seedUser();
    const { checked, refused } = await burst(user.email, "198.51.100.20", 25);
    expect(checked).toBeLessThanOrEqual(10);
    expect(checked + refused).toBe(25);
    await expect(right(user.email, "198.51.100.20")).rejects.toThrow(/Too many failed sign-in attempts/);
  }, 60_000);

  it("failures from one address do not lock the account for another address", async () => {
    const { user } = await seedUser();
    await burst(user.email, "198.51.100.30", 10);
    await expect(right(user.email, "198.51.100.30")).rejects.toThrow(/Too many failed sign-in attempts/);
    expect(await right(user.email, "198.51.100.31")).toMatchObject({ id: user.id });
  }, 60_000);

  it("refuses the account from every address after 100 failures in a row (NIST 800-63B ceiling)", async () => {
    const { user } = await seedUser();
    const addresses = Array.from({ length: 10 }, (_, index) => `198.51.100.${100 + index}`);
    const bursts = await Promise.all(addresses.map((ip) => burst(user.email, ip, 10)));
    expect(bursts.reduce((sum, { checked }) => sum + checked, 0)).toBe(100);
    await expect(right(user.email, "198.51.100.199")).rejects.toThrow(/Too many failed sign-in attempts/);
    expect((await burst(user.email, "198.51.100.198", 1)).refused).toBe(1);
  }, 120_000);

  it("a successful sign-in starts the account's count again", async () => {
    const { user } = await seedUser();
    await burst(user.email, "198.51.100.50", 9);
    expect(await right(user.email, "198.51.100.50")).toMatchObject({ id: user.id });
    expect((await burst(user.email, "198.51.100.50", 9)).checked).toBe(9);
    expect(await right(user.email, "198.51.100.50")).toMatchObject({ id: user.id });
  }, 60_000);

  it("limits one address trying many accounts, known or unknown, without affecting others", async () => {
    const ip = "198.51.100.60";
    const results = await Promise.allSettled(Array.from({ length: 60 }, (_, attempt) => wrong(`${unique("nobody")}@example.test`, ip, attempt)));
    const checked = results.filter((result) => result.status === "fulfilled").length;
    expect(checked).toBeLessThanOrEqual(50);
    const { user } = await seedUser();
    await expect(right(user.email, ip)).rejects.toThrow(/Too many failed sign-in attempts/);
    expect(await right(user.email, "198.51.100.61")).toMatchObject({ id: user.id });
  }, 60_000);
});
