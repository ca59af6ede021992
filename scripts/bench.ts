// A benchmark, not a test: server-side timings of the users and groups pages' queries on a
// database of 100,000 users and 500 groups, on SQLite and on PostgreSQL.
//   npm run bench                 both providers (seeds each bench database on first run)
// BENCH_SQLITE_URL (default file:./data/bench.db) and BENCH_POSTGRES_URL (default
// postgresql://postgres@127.0.0.1:5432/latchkey_bench) choose the databases; the PostgreSQL
// database is created when missing. Target: every figure under 100 ms.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";

const USERS = 100_000;
const GROUPS = 500;
const RUNS = 30;
const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules/.bin/tsx");

async function ensurePostgresDatabase(url: string): Promise<boolean> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch {
    return false;
  }
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

async function parent() {
  const targets = [
    { label: "SQLite", url: process.env.BENCH_SQLITE_URL ?? "file:./data/bench.db" },
    { label: "PostgreSQL", url: process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/latchkey_bench" },
  ];
  for (const target of targets) {
    console.log(`\n== ${target.label} (${target.url.replace(/\/\/[^@/]*@/, "//…@")})`);
    if (target.url.startsWith("postgres") && !(await ensurePostgresDatabase(target.url))) {
      console.log("   PostgreSQL is not reachable: skipped.");
      continue;
    }
    const env = { ...process.env, DATABASE_URL: target.url };
    const migrated = spawnSync(tsx, ["scripts/db.ts", "migrate"], { cwd: root, env, stdio: "inherit" });
    if (migrated.status !== 0) process.exit(1);
    const child = spawnSync(tsx, ["--conditions=react-server", "scripts/bench.ts", "--child"], { cwd: root, env, stdio: "inherit" });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
}

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

async function child() {
  const { db } = await import("../lib/db");
  const existing = await db.user.count();
  if (existing < USERS) {
    console.log(`   ${existing} users: seeding ${USERS - existing} users and ${GROUPS} groups first…`);
    const { seedDemo } = await import("./seed-demo");
    await seedDemo({ users: USERS - existing, groups: GROUPS });
  }
  const { listUsers, searchUsers } = await import("../lib/users/queries");
  const { listGroupMembers, listGroups } = await import("../lib/groups/queries");
  const { SYSTEM_ACTOR: actor } = await import("../lib/auth/system-actor");
  const firstPage = { actor, q: "", status: "all", sort: "name", dir: "asc", page: 1, pageSize: 20 } as const;
  const biggest = await db.membership.groupBy({ by: ["groupId"], _count: { _all: true }, orderBy: { _count: { groupId: "desc" } }, take: 1 });
  const groupId = biggest[0]?.groupId ?? "";
  const cases: [string, () => Promise<unknown>][] = [
    ["users: first page (by name, with total)", () => listUsers(firstPage)],
    ["users: search \"lovelace\" (name)", () => listUsers({ ...firstPage, q: "lovelace" })],
    ["users: search \"hopper.4242\" (email)", () => listUsers({ ...firstPage, q: "hopper.4242" })],
    ["users: search with no match", () => listUsers({ ...firstPage, q: "zzzzqqq" })],
    ["users: search \"ad\" (2 letters, no index)", () => listUsers({ ...firstPage, q: "ad" })],
    ["users: disabled, newest first", () => listUsers({ ...firstPage, status: "disabled", sort: "createdAt", dir: "desc" })],
    ["users: last signed in first", () => listUsers({ ...firstPage, sort: "lastLoginAt", dir: "desc" })],
    ["users: by last sign-in, page 100", () => listUsers({ ...firstPage, sort: "lastLoginAt", dir: "desc", page: 100 })],
    ["users: picker search \"grace\"", () => searchUsers({ actor, q: "grace", notInGroupId: groupId })],
    ["groups: first page with member counts", () => listGroups({ actor, q: "", page: 1, pageSize: 20 })],
    ["groups: biggest group's members", () => listGroupMembers({ actor, groupId, q: "", page: 1, pageSize: 20 })],
  ];
  console.log(`   ${await db.user.count()} users, ${await db.group.count()} groups; ${RUNS} runs each (ms)`);
  console.log(`   ${"query".padEnd(44)} ${"first".padStart(7)} ${"median".padStart(7)} ${"p95".padStart(7)} ${"max".padStart(7)}`);
  for (const [label, run] of cases) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    const { median, p95, max } = summary(times);
    const cells = [times[0], median, p95, max].map((ms) => ms.toFixed(1).padStart(7));
    console.log(`   ${label.padEnd(44)} ${cells.join(" ")}${max > 100 ? "  ⚠ over 100 ms" : ""}`);
  }
  await db.$disconnect();
}

(process.argv.includes("--child") ? child() : parent()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
