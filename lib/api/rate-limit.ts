import "server-only";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { sharedLimiter } from "@/lib/redis";

// Requests per key per minute (the key's own limit, else the policy default). In memory on
// one instance; in Redis when REDIS_URL is set, so every instance counts against one budget.
const WINDOW_SECONDS = 60;

export type RateLimitState = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

const limiters = ((globalThis as unknown as { latchkeyApiLimiters?: Map<number, RateLimiterAbstract> }).latchkeyApiLimiters ??= new Map());

function limiterFor(points: number): RateLimiterAbstract {
  let limiter = limiters.get(points);
  if (!limiter) {
    limiter = sharedLimiter({ keyPrefix: `api:${points}`, points, duration: WINDOW_SECONDS });
    limiters.set(points, limiter);
  }
  return limiter;
}

/** Counts one request of the key against its limit. */
export async function consumeRequest(keyId: string, limit: number): Promise<RateLimitState> {
  try {
    const result = await limiterFor(limit).consume(keyId);
    return { allowed: true, limit, remaining: result.remainingPoints, resetSeconds: Math.ceil(result.msBeforeNext / 1000) };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { allowed: false, limit, remaining: 0, resetSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  }
}

/**
 * The rate-limit headers of an authenticated answer: the IETF's RateLimit-Policy and
 * RateLimit (draft-ietf-httpapi-ratelimit-headers: quota `q` per window `w` seconds,
 * remaining `r`, seconds to reset `t`), and the older RateLimit-Limit/-Remaining/-Reset
 * that many clients read.
 */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    "RateLimit-Policy": `"per-key";q=${state.limit};w=${WINDOW_SECONDS}`,
    RateLimit: `"per-key";r=${state.remaining};t=${state.resetSeconds}`,
    "RateLimit-Limit": String(state.limit),
    "RateLimit-Remaining": String(state.remaining),
    "RateLimit-Reset": String(state.resetSeconds),
  };
}
