// Redis goes away and comes back while Latchkey (REDIS_URL set) keeps serving (issue 15,
// point 3): API rate limits and sign-in throttling count in the instance's memory meanwhile,
// with one warning line, and in Redis again once it is back. No request fails because of it.
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../scripts/server";
import { Browser } from "../helpers/browser";
import { createMigratedDatabase, dropDatabase } from "../setup/databases";
import { ownRedis } from "./processes";

const PREFIX = "latchkey-faults:";
/** The sign-in budget of one account from one address (lib/auth/login-throttle.ts SIGN_IN_LIMITS.pair). */
const PAIR_ATTEMPTS = 10;

let redis: Awaited<ReturnType<typeof ownRedis>>;
let app: Awaited<ReturnType<typeof startServer>>;
let databaseUrl: string;
let inspector: Redis;
let seed: typeof import("../helpers/seed");
let helpers: typeof import("../helpers/api");
let ownerId: string;

beforeAll(async () => {
  redis = await ownRedis();
  inspector = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => 200 });
  inspector.on("error", () => undefined);
  databaseUrl = await createMigratedDatabase("sqlite", "redis_outage");
  // The seed helpers use lib/db, which reads DATABASE_URL when first imported.
  process.env.DATABASE_URL = databaseUrl;
  seed = await import("../helpers/seed");
  helpers = await import("../helpers/api");
  ownerId = (await seed.seedUser({ admin: true })).user.id;
  app = await startServer(databaseUrl, { REDIS_URL: redis.url, REDIS_PREFIX: PREFIX });
});

afterAll(async () => {
  await app?.stop();
  inspector?.disconnect();
  await redis?.stop();
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  if (databaseUrl) await dropDatabase(databaseUrl);
});

async function me(key: string) {
  const response = await fetch(`${app.baseUrl}/api/v1/me`, { headers: { Authorization: `Bearer ${key}` } });
  await response.arrayBuffer();
  return { status: response.status, remaining: response.headers.get("ratelimit-remaining") };
}

/** Statuses of `count` calls in a row with `key`. */
async function calls(key: string, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push((await me(key)).status);
  return statuses;
}

/** Wrong passwords for a fresh account until refused as too many: the attempts' answers. */
async function failedSignIns(): Promise<string[]> {
  const { user } = await seed.seedUser();
  const browser = new Browser(app.baseUrl);
  const errors: string[] = [];
  for (let attempt = 0; attempt <= PAIR_ATTEMPTS; attempt += 1) {
    const response = await browser.signIn(user.email, "not the password at all");
    const { url } = (await response.json()) as { url: string };
    errors.push(`${response.status} ${new URL(url).searchParams.get("error")}`);
  }
  return errors;
}

const keysInRedis = async (pattern: string) => (await inspector.keys(`${PREFIX}${pattern}`)).length;
const serverLines = (pattern: RegExp) => app.output.join("").split("\n").filter((line) => pattern.test(line));

describe("a Redis outage", () => {
  it("falls back to per-instance memory with one warning, and counts in Redis again once it is back", async () => {
    const limited = await helpers.seedKey(ownerId, { rateLimit: 3 });
    const steady = await helpers.seedKey(ownerId, { rateLimit: 1_000_000 });
    await inspector.connect();

    // Redis up (once the server's connection is ready): the limits are counted there.
    await helpers.eventually(async () => {
      expect((await me(steady.key)).status).toBe(200);
      expect(await keysInRedis(`api:1000000:${steady.row.id}`)).toBe(1);
    });
    expect(await calls(limited.key, 4)).toEqual([200, 200, 200, 429]);
    expect(await keysInRedis(`api:3:${limited.row.id}`)).toBe(1);

    await redis.stop();
    // Down: nothing fails, and the limits still hold, counted in memory.
    expect(await calls(steady.key, 20)).toEqual(Array(20).fill(200));
    const duringOutage = await helpers.seedKey(ownerId, { rateLimit: 3 });
    expect(await calls(duringOutage.key, 4)).toEqual([200, 200, 200, 429]);
    const refusals = await failedSignIns();
    expect(refusals.slice(0, PAIR_ATTEMPTS)).toEqual(Array(PAIR_ATTEMPTS).fill("401 CredentialsSignin"));
    expect(refusals[PAIR_ATTEMPTS]).toMatch(/^401 Too many failed sign-in attempts/);
    expect(serverLines(/Redis/)).toHaveLength(1);
    expect(serverLines(/Redis/)[0]).toMatch(/Redis is unreachable.*memory/);

    await redis.start();
    // Back: counted in Redis again (it came back empty, having no persistence).
    const afterOutage = await helpers.seedKey(ownerId, { rateLimit: 3 });
    await helpers.eventually(async () => {
      expect((await me(steady.key)).status).toBe(200);
      expect(await keysInRedis(`api:1000000:${steady.row.id}`)).toBe(1);
    });
    expect(await calls(afterOutage.key, 4)).toEqual([200, 200, 200, 429]);
    expect(await keysInRedis(`api:3:${afterOutage.row.id}`)).toBe(1);
    const refusalsAfter = await failedSignIns();
    expect(refusalsAfter[PAIR_ATTEMPTS]).toMatch(/^401 Too many failed sign-in attempts/);
    expect(await keysInRedis("login:*")).toBeGreaterThan(0);

    expect(serverLines(/Redis/)).toHaveLength(2);
    expect(serverLines(/Redis/)[1]).toMatch(/Redis is reachable again/);
    expect(app.output.join("")).not.toMatch(/Unhandled error event|Internal Server Error|\n\s+at /);
  });
});
