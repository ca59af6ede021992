// `npm run bench:api` — a benchmark, not a test. On a production build it loads
// GET /api/health (no auth) and GET /api/v1/me (valid key) with the same concurrency and
// prints req/s, p50 and p99 of both and their ratio; then it measures key verification
// in-process (verifications per second for a known key).
//   --database postgresql   use a fresh PostgreSQL database instead of SQLite
//   --connections N --seconds S
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createBenchDatabase } from "./bench-database";
import { ensureBuild } from "./build";
import { startServer } from "./server";

const { values } = parseArgs({
  options: {
    database: { type: "string", default: "sqlite" },
    connections: { type: "string", default: "32" },
    seconds: { type: "string", default: "10" },
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);

async function load(url: string, headers: Record<string, string>) {
  await autocannon({ url, connections, duration: 2, headers }); // warm-up
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total };
}

async function main() {
  if (!ensureBuild()) throw new Error("build failed");
  const database = await createBenchDatabase(values.database, "bench");
  process.env.DATABASE_URL = database.url;
  const { execFileSync } = await import("node:child_process");
  execFileSync("npx", ["tsx", "scripts/db.ts", "migrate"], { stdio: "inherit", env: process.env });

  const { db } = await import("../lib/db");
  const { generateApiKey, hashApiKey, displayPrefix } = await import("../lib/api-keys/format");
  const { verifyApiKey } = await import("../lib/api-keys/verify");
  const group = await db.group.create({ data: { name: "bench", permissions: { create: [{ permission: "users:read" }] } } });
  const user = await db.user.create({ data: { email: "bench@example.test", name: "Bench", memberships: { create: { groupId: group.id } } } });
  const key = generateApiKey();
  // A limit far above what the benchmark can send, so it measures serving, not refusing.
  await db.apiKey.create({ data: { userId: user.id, name: "bench", prefix: displayPrefix(key), hash: hashApiKey(key), rateLimit: 1_000_000_000 } });

  const server = await startServer(database.url);
  try {
    console.log(`\nHTTP load: ${connections} connections, ${seconds} s each, ${values.database}, production build\n`);
    const health = await load(`${server.baseUrl}/api/health`, {});
    const me = await load(`${server.baseUrl}/api/v1/me`, { Authorization: `Bearer ${key}` });
    const row = (name: string, r: typeof health) =>
      `${name.padEnd(18)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(3)} ms   p99 ${String(r.p99).padStart(3)} ms   (${r.total} requests)`;
    console.log(row("GET /api/health", health));
    console.log(row("GET /api/v1/me", me));
    console.log(`ratio /me ÷ /health: ${(me.rps / health.rps).toFixed(2)} (goal ≥ 0.85)`);
  } finally {
    await server.stop();
  }

  // In-process verification of a known key (cache warm), one core.
  const headers = new Headers({ authorization: `Bearer ${key}` });
  await verifyApiKey(headers, "127.0.0.1");
  const measure = async (label: string, concurrency: number, total: number) => {
    const started = process.hrtime.bigint();
    for (let done = 0; done < total; done += concurrency) {
      await Promise.all(Array.from({ length: concurrency }, () => verifyApiKey(headers, "127.0.0.1")));
    }
    const perSecond = total / (Number(process.hrtime.bigint() - started) / 1e9);
    console.log(`verifications/s, ${label.padEnd(24)} ${perSecond.toFixed(0).padStart(8)}`);
  };
  console.log("\nKey verification in-process (known key, one core):");
  await measure("one at a time", 1, 5_000);
  await measure("64 concurrent", 64, 200_000);
  await measure("256 concurrent", 256, 400_000);
  await db.$disconnect();
  await database.drop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
