import "server-only";
import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, type IRateLimiterOptions, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";

const cache = globalThis as unknown as { latchkeyRedis?: Redis | null };

/**
 * The shared Redis connection when REDIS_URL is set (several instances), else null. Every key
 * is under REDIS_PREFIX, so installations (or test runs) sharing one Redis never meet.
 */
export function redis(): Redis | null {
  if (cache.latchkeyRedis === undefined) {
    cache.latchkeyRedis = env.REDIS_URL
      ? new Redis(env.REDIS_URL, { keyPrefix: env.REDIS_PREFIX, enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
      : null;
  }
  return cache.latchkeyRedis;
}

/**
 * A limiter counting in Redis when REDIS_URL is set (every instance against one budget),
 * falling back to this instance's memory while Redis cannot be reached; else in memory.
 */
export function sharedLimiter(options: IRateLimiterOptions): RateLimiterAbstract {
  const client = redis();
  return client
    ? new RateLimiterRedis({ ...options, storeClient: client, insuranceLimiter: new RateLimiterMemory(options) })
    : new RateLimiterMemory(options);
}
