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
    cache.latchkeyRedis = env.REDIS_URL ? connect(env.REDIS_URL) : null;
  }
  return cache.latchkeyRedis;
}

/**
 * Commands fail at once while Redis is away (no offline queue) and ioredis keeps reconnecting.
 * An outage is told once, when it starts, and once when it ends (never the URL: it may hold a
 * password); without an error listener ioredis would print a stack on every attempt.
 */
function connect(url: string): Redis {
  const client = new Redis(url, { keyPrefix: env.REDIS_PREFIX, enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  let down = false;
  client.on("error", (error: Error) => {
    if (down) return;
    down = true;
    console.warn(`Redis is unreachable (${error.message}): rate limits and sign-in throttling count in this instance's memory until it is back.`);
  });
  client.on("ready", () => {
    if (!down) return;
    down = false;
    console.log("Redis is reachable again: rate limits and sign-in throttling are shared through it again.");
  });
  return client;
}

/**
 * A limiter counting in Redis when REDIS_URL is set (every instance against one budget),
 * falling back to this instance's memory while Redis cannot be reached (counts made there are
 * not carried over when it returns); else in memory.
 */
export function sharedLimiter(options: IRateLimiterOptions): RateLimiterAbstract {
  const client = redis();
  return client
    ? new RateLimiterRedis({ ...options, storeClient: client, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) })
    : new RateLimiterMemory(options);
}
