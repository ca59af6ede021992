import "server-only";
import Redis from "ioredis";
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
