// Vitest global set-up for the API suites: two production servers (server/main.ts, as `npm start` runs) sharing one
// fresh database, so tests speak real HTTP and can prove that a change made through one
// instance takes effect on the other at once.
import type { TestProject } from "vitest/node";
import { ensureBuild } from "../../scripts/build";
import { startServer } from "../../scripts/server";
import { createMigratedDatabase, dropDatabase, type Provider } from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    apiServers: string[];
    apiDatabaseUrl: string;
    /** Whether the servers share rate limits through Redis. */
    apiRedis: boolean;
  }
}

export const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function redisReachable(): Promise<boolean> {
  const { default: Redis } = await import("ioredis");
  const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000 });
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export default async function setup(project: TestProject) {
  const provider = project.config.env.LATCHKEY_TEST_PROVIDER as Provider;
  if (!ensureBuild()) throw new Error("The production build failed; the API suites need it.");
  const databaseUrl = await createMigratedDatabase(provider, "api");
  // The PostgreSQL pair is the scale-out set-up: two instances sharing Redis as well. The
  // SQLite pair keeps its rate limits in memory.
  const redis = provider === "postgresql" && (await redisReachable());
  if (provider === "postgresql" && !redis) {
    console.warn(`\n${"!".repeat(78)}\n  Redis at ${REDIS_URL} is UNREACHABLE: the shared rate-limit tests are SKIPPED.\n${"!".repeat(78)}\n`);
  }
  // A prefix per run: limits counted in the shared Redis by earlier runs (all from 127.0.0.1)
  // must not leak into this one.
  const env: Record<string, string> = redis ? { REDIS_URL, REDIS_PREFIX: `latchkey-test-${Date.now().toString(36)}-${process.pid}:` } : {};
  const servers = [await startServer(databaseUrl, env), await startServer(databaseUrl, env)];
  project.provide("apiRedis", redis);
  project.provide("apiServers", servers.map((server) => server.baseUrl));
  project.provide("apiDatabaseUrl", databaseUrl);
  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await dropDatabase(databaseUrl);
  };
}
