// `npm run bench:soak` — a soak, not a test. On a production build it sends a steady mix of
// console and API traffic for five minutes: API reads (me, user list and detail, audit log),
// API writes (create a user, add to a group, rename, delete), signed-in console pages, and
// console sign-in/sign-out cycles. It prints p50/p99 per kind of request and the server's
// RSS after the warm-up and at the end, and fails (exit 1) on any error — an unexpected
// status, a failed request — or when RSS grew more than 20% after the warm-up.
// V8 lets its heap grow far past what is live before it collects, so RSS read at a random
// moment says more about the collector's timing than about leaks: the server runs with its
// inspector on 127.0.0.1, and each reading first forces a full collection through it.
//   --seconds S   measured time after the warm-up (default 300)
//   --warmup S    traffic before the first RSS reading, not measured (default 30)
//   --database postgresql   a fresh PostgreSQL database instead of SQLite
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import WebSocket from "ws";
import { createBenchDatabase } from "./bench-database";
import { ensureBuild } from "./build";
import { startServer } from "./server";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "300" },
    warmup: { type: "string", default: "30" },
    database: { type: "string", default: "sqlite" },
  },
});
const seconds = Number(values.seconds);
const warmupSeconds = Number(values.warmup);
if (!(seconds > 0) || !(warmupSeconds >= 0)) throw new Error("--seconds must be positive and --warmup at least 0");
const MAX_RSS_GROWTH = 0.2;
/** Closed-loop workers of each kind: each sends its next request when the last is answered. */
const WORKERS = { apiReaders: 3, apiWriters: 1, consolePages: 2, signIns: 1 };
const PASSWORD = "soak Test passphrase 7713";

/** Latencies and errors per kind of request, kept only while `measuring`. */
const samples = new Map<string, number[]>();
const errors = new Map<string, string[]>();
let measuring = false;
let running = true;

async function timed(kind: string, expected: number, send: () => Promise<Response>, check?: (text: string) => string | null): Promise<string> {
  const started = performance.now();
  let problem: string | null;
  let text = "";
  try {
    const response = await send();
    text = await response.text();
    problem = response.status !== expected ? `status ${response.status}: ${text.slice(0, 200)}` : (check?.(text) ?? null);
  } catch (error) {
    problem = String(error);
  }
  if (measuring) {
    const list = samples.get(kind) ?? [];
    samples.set(kind, list);
    list.push(performance.now() - started);
  }
  // Errors count from the first request: the warm-up must be clean as well.
  if (problem) errors.set(kind, [...(errors.get(kind) ?? []), problem]);
  return text;
}

/** A browser's cookie jar for the console. */
class Browser {
  cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  async fetch(path: string, init: RequestInit = {}) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(this.baseUrl + path, { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), Cookie: cookie } });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const [name, ...rest] = pair.split("=");
      const gone = rest.join("=") === "" || attributes.some((attribute) => /^\s*max-age=0/i.test(attribute));
      if (gone) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), rest.join("="));
    }
    return response;
  }

  async form(kind: string, path: string, fields: Record<string, string>) {
    const { csrfToken } = JSON.parse(await timed("console GET /api/auth/csrf", 200, () => this.fetch("/api/auth/csrf"))) as { csrfToken: string };
    const body = new URLSearchParams({ ...fields, csrfToken, json: "true" }).toString();
    await timed(kind, 200, () => this.fetch(path, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body }));
  }

  signIn(email: string) {
    return this.form("console sign-in", "/api/auth/callback/credentials", { email, password: PASSWORD });
  }
}

function api(baseUrl: string, key: string) {
  return (kind: string, expected: number, path: string, init: { method?: string; body?: unknown } = {}) =>
    timed(`API ${kind}`, expected, () =>
      fetch(baseUrl + path, {
        method: init.method ?? "GET",
        headers: { Authorization: `Bearer ${key}`, ...(init.body ? { "Content-Type": "application/json" } : {}) },
        body: init.body ? JSON.stringify(init.body) : undefined,
      }),
    );
}

const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];
const signedIn = (text: string) => (JSON.parse(text) as { user?: unknown }).user ? null : "no signed-in user in the session";

async function apiReader(call: ReturnType<typeof api>, userIds: string[]) {
  while (running) {
    await call("GET /me", 200, "/api/v1/me");
    await call("GET /users?q=", 200, `/api/v1/users?limit=20&q=soak-${Math.floor(Math.random() * 30)}`);
    await call("GET /users/{id}", 200, `/api/v1/users/${pick(userIds)}`);
    await call("GET /audit-events", 200, "/api/v1/audit-events?limit=50");
  }
}

async function apiWriter(call: ReturnType<typeof api>, worker: number, groupId: string) {
  for (let n = 0; running; n++) {
    const created = await call("POST /users", 201, "/api/v1/users", { method: "POST", body: { name: `Soak ${worker} ${n}`, email: `soak-writer-${worker}-${n}@example.test` } });
    const id = (JSON.parse(created) as { user?: { id: string } }).user?.id;
    if (!id) continue;
    await call("PUT /groups/{id}/members/{userId}", 204, `/api/v1/groups/${groupId}/members/${id}`, { method: "PUT" });
    await call("PATCH /users/{id}", 200, `/api/v1/users/${id}`, { method: "PATCH", body: { name: `Soak ${worker} ${n} renamed` } });
    await call("DELETE /users/{id}", 204, `/api/v1/users/${id}`, { method: "DELETE" });
  }
}

async function consolePages(baseUrl: string, email: string) {
  const browser = new Browser(baseUrl);
  await browser.signIn(email);
  while (running) {
    for (const path of [`/admin/users?q=soak-${Math.floor(Math.random() * 30)}`, "/admin/groups", "/admin/audit", "/preferences"]) {
      await timed(`console GET ${path.split("?")[0]}`, 200, () => browser.fetch(path));
    }
  }
}

async function signInCycles(baseUrl: string, email: string) {
  while (running) {
    const browser = new Browser(baseUrl);
    await browser.signIn(email);
    await timed("console GET /api/auth/session", 200, () => browser.fetch("/api/auth/session"), signedIn);
    await browser.form("console sign-out", "/api/auth/signout", {});
  }
}

/** Resident memory of the server and every process it started, from /proc (Linux). */
function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const own = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  const childrenFile = `/proc/${pid}/task/${pid}/children`;
  const children = existsSync(childrenFile) ? readFileSync(childrenFile, "utf8").trim().split(/\s+/).filter(Boolean).map(Number) : [];
  return own + children.reduce((sum, child) => sum + rssBytes(child), 0);
}

type Memory = { rss: number; heapUsed: number };

/** Reads the server's memory after a full garbage collection, through its V8 inspector (Chrome DevTools Protocol). */
async function memoryGauge(output: string[], pid: number) {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(output.join(""))?.[1];
  if (!url) throw new Error("the server did not open its inspector");
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  const pending = new Map<number, (result: Record<string, unknown>) => void>();
  socket.on("message", (data) => {
    const message = JSON.parse(data.toString()) as { id?: number; result?: Record<string, unknown> };
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? {});
  });
  let lastId = 0;
  const send = (method: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      pending.set(++lastId, resolve);
      socket.send(JSON.stringify({ id: lastId, method }));
    });
  return {
    async read(): Promise<Memory> {
      await send("HeapProfiler.collectGarbage");
      const { usedSize } = await send("Runtime.getHeapUsage");
      return { rss: rssBytes(pid), heapUsed: Number(usedSize) };
    },
    close: () => socket.close(),
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

async function seed() {
  const { db } = await import("../lib/db");
  const { hashPassword } = await import("../lib/auth/password");
  const { generateApiKey, hashApiKey, displayPrefix } = await import("../lib/api-keys/format");
  const { ensureAdministratorsGroup } = await import("../lib/users/bootstrap");
  const administrators = await db.$transaction((tx) => ensureAdministratorsGroup(tx));
  const passwordHash = await hashPassword(PASSWORD);
  const admin = await db.user.create({ data: { email: "soak-admin@example.test", name: "Soak Admin", passwordHash, memberships: { create: { groupId: administrators.id } } } });
  const signIn = await db.user.create({ data: { email: "soak-sign-in@example.test", name: "Soak Sign-in", passwordHash, memberships: { create: { groupId: administrators.id } } } });
  await db.user.createMany({ data: Array.from({ length: 300 }, (_, n) => ({ email: `soak-${n}@example.test`, name: `Soak user ${n}` })) });
  const userIds = (await db.user.findMany({ select: { id: true } })).map((user) => user.id);
  const group = await db.group.create({ data: { name: "Soak group", description: "members come and go" } });
  const key = generateApiKey();
  // A limit far above what the soak sends, so it measures serving, not refusing.
  await db.apiKey.create({ data: { userId: admin.id, name: "soak", prefix: displayPrefix(key), hash: hashApiKey(key), rateLimit: 1_000_000_000 } });
  await db.$disconnect();
  return { key, userIds, groupId: group.id, adminEmail: admin.email, signInEmail: signIn.email };
}

async function main() {
  if (!ensureBuild()) throw new Error("build failed");
  const database = await createBenchDatabase(values.database, "soak");
  process.env.DATABASE_URL = database.url;
  execFileSync("npx", ["tsx", "scripts/db.ts", "migrate"], { stdio: "inherit", env: process.env });
  const seeded = await seed();
  const server = await startServer(database.url, {}, { nodeArgs: ["--inspect=127.0.0.1:0"] });
  let failed = false;
  try {
    const call = api(server.baseUrl, seeded.key);
    console.log(`\nSoak: ${warmupSeconds} s warm-up, then ${seconds} s measured; ${values.database}, production build; workers ${JSON.stringify(WORKERS)}\n`);
    const workers = [
      ...Array.from({ length: WORKERS.apiReaders }, () => apiReader(call, seeded.userIds)),
      ...Array.from({ length: WORKERS.apiWriters }, (_, worker) => apiWriter(call, worker, seeded.groupId)),
      ...Array.from({ length: WORKERS.consolePages }, () => consolePages(server.baseUrl, seeded.adminEmail)),
      ...Array.from({ length: WORKERS.signIns }, () => signInCycles(server.baseUrl, seeded.signInEmail)),
    ];
    const gauge = await memoryGauge(server.output, server.server.pid!);
    await new Promise((resolve) => setTimeout(resolve, warmupSeconds * 1000));
    const start = await gauge.read();
    measuring = true;
    const measuredFrom = performance.now();
    const trend = [start];
    const sampler = setInterval(() => void gauge.read().then((memory) => trend.push(memory)), (seconds * 1000) / 10);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    clearInterval(sampler);
    const end = await gauge.read();
    running = false;
    await Promise.all(workers);
    measuring = false;
    gauge.close();
    const elapsed = (performance.now() - measuredFrom) / 1000;

    const header = `${"kind".padEnd(46)} ${"requests".padStart(9)} ${"errors".padStart(7)} ${"req/s".padStart(7)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}`;
    console.log(header);
    console.log("-".repeat(header.length));
    let total = 0;
    for (const [kind, list] of [...samples].sort(([a], [b]) => a.localeCompare(b))) {
      const sorted = [...list].sort((a, b) => a - b);
      total += sorted.length;
      console.log(
        `${kind.padEnd(46)} ${String(sorted.length).padStart(9)} ${String(errors.get(kind)?.length ?? 0).padStart(7)} ${(sorted.length / elapsed).toFixed(1).padStart(7)} ${percentile(sorted, 0.5).toFixed(1).padStart(8)} ${percentile(sorted, 0.99).toFixed(1).padStart(8)}`,
      );
    }
    const errorCount = [...errors.values()].reduce((sum, list) => sum + list.length, 0);
    console.log(`${"all".padEnd(46)} ${String(total).padStart(9)} ${String(errorCount).padStart(7)} ${(total / elapsed).toFixed(1).padStart(7)}`);
    const growth = end.rss / start.rss - 1;
    const signed = (fraction: number) => `${fraction >= 0 ? "+" : ""}${(fraction * 100).toFixed(1)}%`;
    console.log(`\nserver RSS after a full GC: ${megabytes(start.rss)} after the warm-up, ${megabytes(end.rss)} at the end (${signed(growth)}, limit +${MAX_RSS_GROWTH * 100}%)`);
    console.log(`live JS heap after a full GC: ${megabytes(start.heapUsed)} → ${megabytes(end.heapUsed)} (${signed(end.heapUsed / start.heapUsed - 1)})`);
    console.log(`RSS every ${seconds / 10} s: ${[...trend, end].map((memory) => (memory.rss / 2 ** 20).toFixed(0)).join(" → ")} MB`);
    for (const [kind, list] of errors) console.log(`errors in ${kind} (${list.length}), first: ${list[0]}`);
    if (errorCount > 0) failed = true;
    if (growth > MAX_RSS_GROWTH) {
      console.log(`FAIL: RSS grew ${(growth * 100).toFixed(1)}% after the warm-up`);
      failed = true;
    }
    console.log(failed ? "\nSoak FAILED" : "\nSoak passed: no errors, RSS within bounds");
  } finally {
    running = false;
    await server.stop();
    await database.drop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
