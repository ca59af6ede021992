import "server-only";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { TooManyRequestsError } from "@/lib/errors";
import { sharedLimiter } from "@/lib/redis";

// Sign-in attempts are counted BEFORE the password is checked (and refunded when it was
// right), so a burst of parallel attempts cannot all be checked against a count that has not
// moved yet. Three budgets, in Redis when REDIS_URL is set so every instance counts alike:
// - pair: one account from one address — the limit an attacker actually meets, with a
//   growing delay after the free attempts;
// - address: one address over every account, known or not (credential stuffing);
// - account: one account from anywhere, a ceiling high enough that an attacker cannot keep
//   the real user out from their own address (NIST SP 800-63B 5.2.2: at most 100
//   consecutive failures). A successful sign-in starts the pair and account counts again.
const MINUTE = 60;
export const SIGN_IN_LIMITS = {
  pair: { free: 3, points: 10, duration: 15 * MINUTE, blockDuration: 15 * MINUTE },
  address: { free: 10, points: 50, duration: 15 * MINUTE, blockDuration: 15 * MINUTE },
  account: { free: 100, points: 100, duration: 24 * 60 * MINUTE, blockDuration: 15 * MINUTE },
} as const;
type Kind = keyof typeof SIGN_IN_LIMITS;
const KINDS = Object.keys(SIGN_IN_LIMITS) as Kind[];

const DELAY_STEP_MS = 250;
const MAX_DELAY_MS = 2000;

/** How long the attempt that made `consumed` failures of `kind` waits before it is checked. */
export function delayBeforeCheck(kind: Kind, consumed: number): number {
  return Math.min(MAX_DELAY_MS, Math.max(0, consumed - SIGN_IN_LIMITS[kind].free) * DELAY_STEP_MS);
}

function limiter(kind: Kind): RateLimiterAbstract {
  const { points, duration, blockDuration } = SIGN_IN_LIMITS[kind];
  return sharedLimiter({ keyPrefix: `login:${kind}`, points, duration, blockDuration });
}

const cache = globalThis as unknown as { latchkeySignInLimiters?: Record<Kind, RateLimiterAbstract> };
const limiters = (cache.latchkeySignInLimiters ??= { pair: limiter("pair"), address: limiter("address"), account: limiter("account") });

function keysOf(email: string, ip: string | null): Record<Kind, string> {
  const account = email.trim().toLowerCase();
  const address = ip ?? "unknown";
  return { pair: `${account}|${address}`, address, account };
}

function tooMany(msBeforeNext: number): TooManyRequestsError {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return new TooManyRequestsError(
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    Math.max(1, Math.ceil(msBeforeNext / 1000)),
  );
}

export type SignInAttempt = {
  /** The password was right: refund this attempt and start the account's counts again. */
  succeeded(): Promise<void>;
  /**
   * The password was right but a second factor is still due: refund only this attempt, so
   * wrong codes keep adding up however often the password is entered again.
   */
  refunded(): Promise<void>;
};

/**
 * Counts one sign-in attempt against every budget, then waits the progressive delay. Throws
 * TooManyRequestsError, checking nothing, when any budget is spent; the attempt then costs
 * the others nothing. Until `succeeded()` the attempt stays counted as a failure.
 */
export async function startSignInAttempt(email: string, ip: string | null): Promise<SignInAttempt> {
  const keys = keysOf(email, ip);
  const results = await Promise.allSettled(KINDS.map((kind) => limiters[kind].consume(keys[kind])));
  const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  if (refused.length > 0) {
    await Promise.all(KINDS.map((kind, index) => (results[index].status === "fulfilled" ? limiters[kind].reward(keys[kind]) : undefined)));
    const error = refused.find((reason) => !(reason instanceof RateLimiterRes));
    if (error) throw error;
    throw tooMany(Math.max(...refused.map((reason) => (reason as RateLimiterRes).msBeforeNext)));
  }
  const delay = Math.max(...KINDS.map((kind, index) => delayBeforeCheck(kind, (results[index] as PromiseFulfilledResult<RateLimiterRes>).value.consumedPoints)));
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  return {
    async succeeded() {
      await Promise.all([limiters.address.reward(keys.address), limiters.pair.delete(keys.pair), limiters.account.delete(keys.account)]);
    },
    async refunded() {
      await Promise.all(KINDS.map((kind) => limiters[kind].reward(keys[kind])));
    },
  };
}
