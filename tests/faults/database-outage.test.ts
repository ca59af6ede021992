// PostgreSQL goes away for 10 s under a steady mix of API reads, API writes and console page
// loads (issue 15, point 2). While it is gone every answer is a prompt 503 problem+json with
// Retry-After; afterwards the same process serves again by itself, every acknowledged write
// is in the database and no refused write is half-applied.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../scripts/server";
import { Browser } from "../helpers/browser";
import { migrate } from "../setup/databases";
import { ownPostgres } from "./processes";

const OUTAGE_MS = 10_000;
/** "Never a hang longer than a few seconds." */
const PROMPT_MS = 5_000;

type Kind = "api read" | "api write" | "page" | "health";
type Answer = { kind: Kind; path: string; startedAt: number; endedAt: number; status: number; contentType: string; retryAfter: string | null; groupName?: string };

let postgres: Awaited<ReturnType<typeof ownPostgres>>;
let app: Awaited<ReturnType<typeof startServer>>;
let databaseUrl: string;
let key: string;
let browser: Browser;

beforeAll(async () => {
  postgres = await ownPostgres();
  const admin = new pg.Client({ connectionString: postgres.url("postgres") });
  await admin.connect();
  await admin.query("CREATE DATABASE latchkey");
  await admin.end();
  databaseUrl = postgres.url("latchkey");
  migrate(databaseUrl);
  // The seed helpers use lib/db, which reads DATABASE_URL when first imported.
  process.env.DATABASE_URL = databaseUrl;
  const { TEST_PASSWORD, seedUser } = await import("../helpers/seed");
  const { seedKey } = await import("../helpers/api");
  const { user } = await seedUser({ admin: true });
  key = (await seedKey(user.id, { rateLimit: 1_000_000 })).key;
  app = await startServer(databaseUrl);
  browser = new Browser(app.baseUrl);
  expect((await browser.signIn(user.email, TEST_PASSWORD)).status).toBe(200);
});

afterAll(async () => {
  await app?.stop();
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  postgres?.destroy();
});

async function call(kind: Kind, path: string, init: RequestInit & { groupName?: string } = {}): Promise<Answer> {
  const startedAt = Date.now();
  const { groupName, ...request } = init;
  let status = 0;
  let contentType = "";
  let retryAfter: string | null = null;
  try {
    // Far beyond PROMPT_MS: a hang is recorded (status 0) rather than waited out.
    const signal = AbortSignal.timeout(20_000);
    const response = kind === "page" ? await browser.request(path, { ...request, signal }) : await fetch(`${app.baseUrl}${path}`, { ...request, signal });
    await response.arrayBuffer();
    status = response.status;
    contentType = response.headers.get("content-type") ?? "";
    retryAfter = response.headers.get("retry-after");
  } catch {
    status = 0;
  }
  return { kind, path, startedAt, endedAt: Date.now(), status, contentType, retryAfter, groupName };
}

const auth = () => ({ Authorization: `Bearer ${key}` });

/** One request of the mix: API reads, API writes (a new group each), console pages. */
function nextRequest(turn: number): Promise<Answer> {
  switch (turn % 6) {
    case 0:
      return call("api read", "/api/v1/users?limit=5", { headers: auth() });
    case 1:
      return call("api read", "/api/v1/groups?limit=5", { headers: auth() });
    case 2:
    case 3: {
      const groupName = `outage-${randomUUID().slice(0, 12)}`;
      return call("api write", "/api/v1/groups", {
        method: "POST",
        headers: { ...auth(), "Content-Type": "application/json" },
        body: JSON.stringify({ name: groupName, description: "written during the outage test" }),
        groupName,
      });
    }
    case 4:
      return call("page", "/admin/users");
    default:
      return call("page", "/admin/groups");
  }
}

/** Workers sending the mix back to back until stopped. */
function steadyTraffic(workers: number) {
  const answers: Answer[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async (_, worker) => {
    for (let turn = worker; running; turn += 1) answers.push(await nextRequest(turn));
  });
  return {
    answers,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function until(condition: () => boolean | Promise<boolean>) {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 50));
}

const succeeded = (answer: Answer) => answer.status >= 200 && answer.status < 400;

const kindStatusType = (answer: Answer) => `${answer.kind} ${answer.status} ${answer.contentType.split(";")[0]}`;

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe("a PostgreSQL outage under load", () => {
  it("answers 503 with Retry-After while it lasts, recovers by itself, and loses no acknowledged write", async () => {
    const traffic = steadyTraffic(4);
    await until(() => traffic.answers.filter(succeeded).length >= 30);

    postgres.stop();
    const stoppedAt = Date.now();
    await until(() => Date.now() - stoppedAt >= OUTAGE_MS / 2);
    const health = await call("health", "/api/health");
    const healthBody = await (await fetch(`${app.baseUrl}/api/health`)).json();
    await until(() => Date.now() - stoppedAt >= OUTAGE_MS);
    const restartAt = Date.now();
    postgres.start();
    const startedAt = Date.now();

    // Recovered: every kind of request succeeds again, started after the database came back.
    await until(() => (["api read", "api write", "page"] as Kind[]).every((kind) => traffic.answers.some((answer) => answer.kind === kind && answer.startedAt >= startedAt && succeeded(answer))));
    const recoveredAt = Math.max(
      ...(["api read", "api write", "page"] as Kind[]).map((kind) => traffic.answers.find((answer) => answer.kind === kind && answer.startedAt >= startedAt && succeeded(answer))!.endedAt),
    );
    const settled = traffic.answers.length;
    await until(() => traffic.answers.slice(settled).filter(succeeded).length >= 30);
    await traffic.stop();

    const answers = traffic.answers;
    const during = answers.filter((answer) => answer.startedAt >= stoppedAt && answer.endedAt <= restartAt);
    const straddling = (moment: number) => answers.filter((answer) => answer.startedAt < moment && answer.endedAt > moment);
    const writes = answers.filter((answer) => answer.kind === "api write");
    const acknowledged = writes.filter((answer) => answer.status === 201).map((answer) => answer.groupName!);
    const refused = writes.filter((answer) => answer.status !== 201).map((answer) => answer.groupName!);

    const check = new pg.Client({ connectionString: databaseUrl });
    await check.connect();
    const groups = new Set((await check.query<{ name: string }>(`SELECT name FROM "Group" WHERE name LIKE 'outage-%'`)).rows.map((row) => row.name));
    const audited = new Set(
      (await check.query<{ label: string }>(`SELECT "targetLabel" AS label FROM "AuditEvent" WHERE action = 'group.created' AND "targetLabel" LIKE 'outage-%'`)).rows.map((row) => row.label),
    );
    await check.end();

    console.log(
      [
        `requests: ${answers.length} in all; during the ${OUTAGE_MS / 1000} s outage ${during.length}, by status ${JSON.stringify(countBy(during, (answer) => String(answer.status)))}, by kind ${JSON.stringify(countBy(during, (answer) => answer.kind))}`,
        `caught as it went down: ${JSON.stringify(countBy(straddling(stoppedAt), kindStatusType))}; as it came back: ${JSON.stringify(countBy(straddling(restartAt), kindStatusType))}`,
        `slowest answer during the outage: ${Math.max(...during.map((answer) => answer.endedAt - answer.startedAt))} ms`,
        `statuses over the whole run: ${JSON.stringify(countBy(answers, (answer) => `${answer.kind} ${answer.status}`))}`,
        `acknowledged writes: ${acknowledged.length}, found after recovery: ${acknowledged.filter((name) => groups.has(name)).length}`,
        `refused writes: ${refused.length}, applied anyway (whole): ${refused.filter((name) => groups.has(name)).length}`,
        `recovery: ${recoveredAt - startedAt} ms after PostgreSQL was up again`,
      ].join("\n"),
    );

    expect(health.status).toBe(503);
    expect(healthBody).toMatchObject({ database: "down" });
    expect(during.length).toBeGreaterThan(20);
    for (const answer of during) {
      expect(answer, `${answer.kind} ${answer.path}`).toMatchObject({ status: 503, contentType: expect.stringContaining("application/problem+json"), retryAfter: expect.stringMatching(/^\d+$/) });
      expect(answer.endedAt - answer.startedAt, `${answer.kind} ${answer.path}`).toBeLessThan(PROMPT_MS);
    }
    // Never a 500 or a hang, also for requests caught in the moment the database went or came.
    expect(answers.filter((answer) => ![200, 201, 503].includes(answer.status))).toEqual([]);
    expect(app.server.exitCode).toBeNull();
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.filter((name) => !groups.has(name) || !audited.has(name))).toEqual([]);
    // A refused write is either not applied at all or applied whole (committed just as the
    // connection broke): never a group without its audit event or the reverse.
    expect(refused.filter((name) => groups.has(name) !== audited.has(name))).toEqual([]);
  });
});
