// `npm run bench:forward-auth` — a benchmark, not a test. In one run, on one fresh database,
// it starts the production server, a node:http service (scripts/proxies.ts) and two NGINX
// servers in front of it: one a plain proxy, one asking Latchkey's /api/forward-auth for every
// request (auth_request, no caching of its answers). Both are loaded with the same connections;
// it prints req/s, p50 and p99 of each, the ratio of the guarded to the plain proxy, and the
// CPU time each process spent per request (where the cost of a guarded request goes).
//   --database postgresql   use a fresh PostgreSQL database instead of SQLite
//   --connections N --seconds S --workers W (NGINX worker processes)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
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

type Load = { rps: number; p50: number; p99: number; total: number; cpu: Record<string, number> };

const TICK_US = 1_000_000 / 100; // /proc/<pid>/stat counts in clock ticks (USER_HZ = 100)

/** CPU time (user + system, µs) of a process and, for NGINX's master, its workers. */
function cpuMicros(pid: number): number {
  const own = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  return (Number(own[11]) + Number(own[12])) * TICK_US + children.reduce((sum, child) => sum + cpuMicros(child), 0);
}

/** CPU time of each named process; the benchmark's own (autocannon and the service) from process.cpuUsage. */
function cpuNow(processes: Record<string, number>): Record<string, number> {
  const usage = process.cpuUsage();
  return { ...Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, cpuMicros(pid)])), "load + service": usage.user + usage.system };
}

/** Loads `url`, each connection cycling through `keys` (one key alone would meet its rate limit). */
async function load(url: string, keys: string[], processes: Record<string, number>): Promise<Load> {
  const requests = keys.map((key) => ({ method: "GET" as const, headers: { Authorization: `Bearer ${key}` } }));
  await autocannon({ url, connections, duration: 2, requests }); // warm-up
  const before = cpuNow(processes);
  const result = await autocannon({ url, connections, duration: seconds, requests });
  const after = cpuNow(processes);
  // A refusal is not throughput.
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  const cpu = Object.fromEntries(Object.keys(after).map((name) => [name, (after[name] - before[name]) / result.requests.total]));
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total, cpu };
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
      ["NGINX → service", await load(`${plain.baseUrl}/`, keys, { NGINX: plain.pid, Latchkey: server.server.pid! })],
      ["NGINX + forward-auth → service", await load(`${guarded.baseUrl}/`, keys, { NGINX: guarded.pid, Latchkey: server.server.pid! })],
      // For reference: what Latchkey answers alone, without a proxy or service.
      ["GET /api/forward-auth alone", await load(`${server.baseUrl}/api/forward-auth?permission=reports:read`, keys, { NGINX: guarded.pid, Latchkey: server.server.pid! })],
    ];
    const base = results[0][1].rps;
    for (const [name, r] of results) {
      console.log(
        `${name.padEnd(32)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(3)} ms   p99 ${String(r.p99).padStart(3)} ms   ` +
          `${(r.rps / base).toFixed(3)}× plain proxy   (${r.total} requests)`,
      );
    }
    console.log(`\nCPU per request (µs, user + system):`);
    for (const [name, r] of results) {
      console.log(`${name.padEnd(32)} ${Object.entries(r.cpu).map(([process, micros]) => `${process} ${micros.toFixed(0)}`).join("   ")}`);
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
