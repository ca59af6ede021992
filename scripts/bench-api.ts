// `npm run bench:api` — a benchmark, not a test. In one run, on one fresh database, it loads
// GET /api/v1/me and GET /api/v1/users?limit=20 of the production server, and a reference
// server (scripts/bench-reference.ts: bare node:http doing SHA-256 + one indexed lookup of the
// key row), with the same concurrency. It prints req/s, p50 and p99 of each, the ratios to
// the reference, and the server's resident memory after the load.
//   --database postgresql   use a fresh PostgreSQL database instead of SQLite
//   --connections N --seconds S
//   --profile DIR                  write the server's CPU profile (node --cpu-prof) into DIR
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
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
    profile: { type: "string" },
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const root = path.resolve(import.meta.dirname, "..");

type Load = { rps: number; p50: number; p99: number; total: number };

/** Loads `url`, each connection cycling through `keys` (one key alone would meet its rate limit). */
async function load(url: string, keys: string[]): Promise<Load> {
  const requests = keys.map((key) => ({ method: "GET" as const, headers: { Authorization: `Bearer ${key}` } }));
  await autocannon({ url, connections, duration: 2, requests }); // warm-up
  const result = await autocannon({ url, connections, duration: seconds, requests });
  // A refusal (a 429 above all) is not throughput.
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total };
}

function residentMegabytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : NaN;
}

async function startReference(databaseUrl: string) {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "bench-reference.ts"), databaseUrl], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once("exit", (code) => reject(new Error(`the reference server exited with ${code}`)));
  });
  return { baseUrl: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

async function main() {
  if (!ensureBuild()) throw new Error("build failed");
  const database = await createBenchDatabase(values.database, "bench");
  process.env.DATABASE_URL = database.url;
  const { execFileSync } = await import("node:child_process");
  execFileSync("npx", ["tsx", "scripts/db.ts", "migrate"], { stdio: "inherit", env: process.env });

  const { db } = await import("../lib/db");
  const { generateApiKey, hashApiKey, displayPrefix } = await import("../lib/api-keys/format");
  const group = await db.group.create({ data: { name: "bench", permissions: { create: [{ permission: "users:read" }] } } });
  const user = await db.user.create({ data: { email: "bench@example.test", name: "Bench", memberships: { create: { groupId: group.id } } } });
  await db.user.createMany({ data: Array.from({ length: 100 }, (_, index) => ({ email: `user${index}@example.test`, name: `User ${index}` })) });
  // Keys with the highest limit an administrator can set, enough of them that the load never
  // meets one: the benchmark measures serving, not refusing.
  const keys = Array.from({ length: 16 }, () => generateApiKey());
  await db.apiKey.createMany({
    data: keys.map((key, index) => ({ userId: user.id, name: `bench ${index}`, prefix: displayPrefix(key), hash: hashApiKey(key), rateLimit: 100_000 })),
  });
  await db.$disconnect();

  const nodeArgs = values.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(values.profile)}`] : [];
  const server = await startServer(database.url, {}, { nodeArgs });
  const reference = await startReference(database.url);
  try {
    console.log(`\nHTTP load: ${connections} connections, ${seconds} s each, ${values.database}, production build\n`);
    const results: [string, Load][] = [
      ["reference (node:http)", await load(`${reference.baseUrl}/`, keys)],
      ["GET /api/v1/me", await load(`${server.baseUrl}/api/v1/me`, keys)],
      ["GET /api/v1/users?limit=20", await load(`${server.baseUrl}/api/v1/users?limit=20`, keys)],
    ];
    const rss = residentMegabytes(server.server.pid!);
    const base = results[0][1].rps;
    for (const [name, r] of results) {
      console.log(
        `${name.padEnd(28)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(3)} ms   p99 ${String(r.p99).padStart(3)} ms   ` +
          `${(r.rps / base).toFixed(3)}× reference   (${r.total} requests)`,
      );
    }
    console.log(`\nGoals: /me ≥ 0.4× reference, /users?limit=20 ≥ 0.10×, p99 of /me < 10 ms, server RSS < 300 MB`);
    console.log(`Server RSS after the load: ${rss.toFixed(0)} MB`);
  } finally {
    reference.stop();
    await server.stop();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
