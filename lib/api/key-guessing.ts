import "server-only";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { TooManyRequestsError } from "@/lib/errors";
import { sharedLimiter } from "@/lib/redis";

// Unknown API keys (well-formed, matching no key) per client address: past the limit every
// request from that address is refused before its key is looked up — a valid key too, or
// guessing could go on — until the window ends. Bounds the lookups anyone can cause without
// a key. In Redis when REDIS_URL is set, so every instance counts alike.
export const BAD_KEYS_PER_ADDRESS = 100;
const WINDOW_SECONDS = 5 * 60;

const cache = globalThis as unknown as { latchkeyBadKeyLimiter?: RateLimiterAbstract };
const limiter = (cache.latchkeyBadKeyLimiter ??= sharedLimiter({
  keyPrefix: "api:bad-keys",
  points: BAD_KEYS_PER_ADDRESS,
  duration: WINDOW_SECONDS,
  blockDuration: WINDOW_SECONDS,
}));

const addressKey = (ip: string | null) => ip ?? "unknown";

function refusal(msBeforeNext: number): TooManyRequestsError {
  return new TooManyRequestsError("Too many requests with unknown API keys from this address. Try again later.", Math.max(1, Math.ceil(msBeforeNext / 1000)), "too_many_unknown_keys");
}

/** Throws TooManyRequestsError while `ip` has sent too many unknown keys. */
export async function refuseWhileGuessing(ip: string | null): Promise<void> {
  const state = await limiter.get(addressKey(ip));
  if (state && state.consumedPoints >= BAD_KEYS_PER_ADDRESS) throw refusal(state.msBeforeNext);
}

/** Counts one unknown key from `ip`; throws TooManyRequestsError when that was one too many. */
export async function countBadKey(ip: string | null): Promise<void> {
  try {
    await limiter.consume(addressKey(ip));
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw refusal(rejection.msBeforeNext);
    throw rejection;
  }
}
