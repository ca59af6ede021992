import "server-only";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { TooManyRequestsError } from "@/lib/errors";
import { redis } from "@/lib/redis";

// Failed sign-ins are counted per account and per address over 15 minutes. Past the free
// attempts each try waits longer; past the limit the account (or address) is refused for
// 15 minutes. In Redis when REDIS_URL is set, so every instance counts the same failures.
const WINDOW_SECONDS = 15 * 60;
const rules = {
  account: { free: 3, limit: 10 },
  ip: { free: 10, limit: 50 },
} as const;
const DELAY_STEP_MS = 250;
const MAX_DELAY_MS = 2000;

function limiter(kind: keyof typeof rules): RateLimiterAbstract {
  const options = { keyPrefix: `login:${kind}`, points: rules[kind].limit, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS };
  const client = redis();
  return client
    ? new RateLimiterRedis({ ...options, storeClient: client, insuranceLimiter: new RateLimiterMemory(options) })
    : new RateLimiterMemory(options);
}

const cache = globalThis as unknown as { latchkeyLoginLimiters?: Record<keyof typeof rules, RateLimiterAbstract> };
const limiters = (cache.latchkeyLoginLimiters ??= { account: limiter("account"), ip: limiter("ip") });

const keysOf = (email: string, ip: string | null) =>
  [["account", email.toLowerCase()], ["ip", ip ?? "unknown"]] as const;

/** Refuses a sign-in attempt while the account or address is locked; else slows it down. */
export async function beforeSignIn(email: string, ip: string | null): Promise<void> {
  let delay = 0;
  for (const [kind, key] of keysOf(email, ip)) {
    const state = await limiters[kind].get(key);
    if (!state) continue;
    if (state.consumedPoints >= rules[kind].limit) {
      const minutes = Math.max(1, Math.ceil(state.msBeforeNext / 60_000));
      throw new TooManyRequestsError(
        `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
        Math.ceil(state.msBeforeNext / 1000),
      );
    }
    delay = Math.max(delay, (state.consumedPoints - rules[kind].free + 1) * DELAY_STEP_MS);
  }
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, MAX_DELAY_MS)));
}

export async function recordFailedSignIn(email: string, ip: string | null): Promise<void> {
  for (const [kind, key] of keysOf(email, ip)) {
    // consume() rejects once the limit is reached; the count is what matters here.
    await limiters[kind].consume(key).catch(() => undefined);
  }
}

export async function recordSuccessfulSignIn(email: string): Promise<void> {
  await limiters.account.delete(email.toLowerCase());
}
