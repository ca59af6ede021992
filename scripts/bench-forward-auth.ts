// `npm run bench:forward-auth` — a benchmark, not a test. In one run, on one fresh database,
// it starts the production server, a node:http service (scripts/proxies.ts) and two NGINX
// servers in front of it: one a plain proxy, one asking Latchkey's /api/forward-auth for every
// request (auth_request, no caching of its answers). Both are loaded with the same connections;
// it prints req/s, p50 and p99 of each and the ratio of the guarded to the plain proxy.
//   --database postgresql   use a fresh PostgreSQL database instead of SQLite
//   --connections N --seconds S --workers W (NGINX worker processes)
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createBenchDatabase } from "./bench-database";
import { ensureBuild } from "./build";
import { startNginx, startUpstream } from "./proxies";
import { startServer } from "./server";

const { values } = parseArgs({
  options: {
    database: { type: "string", default: "sqlite" },
    connections: { type: "string", default: "32" },
    seconds: { type: "string", default: "10" },
    workers: { type: "string", default: "1" },
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const workers = Number(values.workers);

type Load = { rps: number; p50: number; p99: number; total: number };

/** Loads `url`, each connection cycling through `keys` (one key alone would meet its rate limit). */
async function load(url: string, keys: string[]): Promise<Load> {
  const requests = keys.map((key) => ({ method: "GET" as const, headers: { Authorization: `Bearer ${key}` } }));
  await autocannon({ url, connections, duration: 2, requests }); // warm-up
  const result = await autocannon({ url, connections, duration: seconds, requests });
  // A refusal is not throughput.
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total };
}

async function main() {
  if (!ensureBuild()) throw new Error("build failed");
  const database = await createBenchDatabase(values.database, "bench-fa");
  process.env.DATABASE_URL = database.url;
  execFileSync("npx", ["tsx", "scripts/db.ts", "migrate"], { stdio: "inherit", env: process.env });

  const { db } = await import("../lib/db");
  const { generateApiKey, hashApiKey, displayPrefix } = await import("../lib/api-keys/format");
  await db.service.create({ data: { slug: "reports", name: "Reports", permissions: { create: [{ name: "read" }] } } });
  const group = await db.group.create({ data: { name: "bench", permissions: { create: [{ permission: "reports:read" }] } } });
  const user = await db.user.create({ data: { email: "bench@example.test", name: "Bench", memberships: { create: { groupId: group.id } } } });
  // Keys with the highest limit an administrator can set, enough that the load never meets one.
  const keys = Array.from({ length: 16 }, () => generateApiKey());
  await db.apiKey.createMany({
    data: keys.map((key, index) => ({ userId: user.id, name: `bench ${index}`, prefix: displayPrefix(key), hash: hashApiKey(key), rateLimit: 100_000 })),
  });
  await db.$disconnect();

  const server = await startServer(database.url);
  const upstream = await startUpstream();
  const plain = await startNginx({ upstreamPort: upstream.port, workers });
  const guarded = await startNginx({ upstreamPort: upstream.port, workers, latchkeyUrl: server.baseUrl, permission: "reports:read" });
  try {
    const check = await fetch(`${guarded.baseUrl}/`, { headers: { Authorization: `Bearer ${keys[0]}` } });
    if (check.status !== 200) throw new Error(`the guarded proxy answered ${check.status}`);
    if ((await fetch(`${guarded.baseUrl}/`)).status !== 401) throw new Error("the guarded proxy let a request without a key through");

    console.log(`\nHTTP load through NGINX (${workers} worker): ${connections} connections, ${seconds} s each, ${values.database}, production build\n`);
    const results: [string, Load][] = [
      ["NGINX → service", await load(`${plain.baseUrl}/`, keys)],
      ["NGINX + forward-auth → service", await load(`${guarded.baseUrl}/`, keys)],
      // For reference: what Latchkey answers alone, without a proxy or service.
      ["GET /api/forward-auth alone", await load(`${server.baseUrl}/api/forward-auth?permission=reports:read`, keys)],
    ];
    const base = results[0][1].rps;
    for (const [name, r] of results) {
      console.log(
        `${name.padEnd(32)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(3)} ms   p99 ${String(r.p99).padStart(3)} ms   ` +
          `${(r.rps / base).toFixed(3)}× plain proxy   (${r.total} requests)`,
      );
    }
    console.log(`\nGoal: forward-auth ≥ 0.5× the plain proxy`);
  } finally {
    await guarded.stop();
    await plain.stop();
    await upstream.close();
    await server.stop();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
