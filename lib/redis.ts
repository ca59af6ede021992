import "server-only";
import Redis from "ioredis";
import { env } from "@/lib/env";

const cache = globalThis as unknown as { latchkeyRedis?: Redis | null };

/** The shared Redis connection when REDIS_URL is set (several instances), else null. */
export function redis(): Redis | null {
  if (cache.latchkeyRedis === undefined) {
    cache.latchkeyRedis = env.REDIS_URL
      ? new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
      : null;
  }
  return cache.latchkeyRedis;
}
