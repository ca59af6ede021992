// Names and URLs of the databases one test run creates. Every run has its own id, so runs on
// one machine never share a database; everything created here is dropped at the end.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, rmdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type Provider = "sqlite" | "postgresql";

process.env.LATCHKEY_TEST_RUN ??= `${Date.now().toString(36)}_${process.pid}`;
const runId = process.env.LATCHKEY_TEST_RUN;

/** The PostgreSQL server the tests use (it must allow CREATE DATABASE). */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const sqliteDir = path.join(os.tmpdir(), `latchkey-test-${runId}`);

function postgresUrl(database: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

const dbName = (label: string) => `latchkey_t_${runId}_${label}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");

export function templateUrl(provider: Provider): string {
  return provider === "sqlite" ? `file:${path.join(sqliteDir, "template.db")}` : postgresUrl(dbName("template"));
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function postgresReachable(): Promise<boolean> {
  try {
    await withAdmin((client) => client.query("SELECT 1"));
    return true;
  } catch {
    return false;
  }
}

/** Creates the run's template database with every migration applied. */
export async function createTemplate(provider: Provider): Promise<void> {
  if (provider === "sqlite") mkdirSync(sqliteDir, { recursive: true });
  else await withAdmin((client) => client.query(`CREATE DATABASE ${dbName("template")}`));
  migrate(templateUrl(provider));
}

/** A database with every migration applied, made directly (for a long-lived test server). */
export async function createMigratedDatabase(provider: Provider, label: string): Promise<string> {
  const name = dbName(label);
  let url: string;
  if (provider === "sqlite") {
    mkdirSync(sqliteDir, { recursive: true });
    url = `file:${path.join(sqliteDir, `${name}.db`)}`;
  } else {
    await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
    url = postgresUrl(name);
  }
  migrate(url);
  return url;
}

/** Applies every migration to the database at `url` (scripts/db.ts migrate). */
export function migrate(url: string) {
  execFileSync(path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx"), ["scripts/db.ts", "migrate"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, DATABASE_URL: url },
    stdio: "inherit",
  });
}

/** A fresh database for one test file, copied from the template (fast on both providers). */
export async function createDatabase(provider: Provider, label: string): Promise<string> {
  const name = dbName(`${label}_${Math.random().toString(36).slice(2, 8)}`);
  if (provider === "sqlite") {
    const file = path.join(sqliteDir, `${name}.db`);
    copyFileSync(templateUrl("sqlite").slice("file:".length), file);
    return `file:${file}`;
  }
  await withAdmin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${dbName("template")}`));
  return postgresUrl(name);
}

export async function dropDatabase(url: string): Promise<void> {
  if (url.startsWith("file:")) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(url.slice("file:".length) + suffix, { force: true });
    // The run's folder goes with its last database (other projects may still use it).
    try {
      rmdirSync(sqliteDir);
    } catch {
      // not empty yet
    }
    return;
  }
  const name = new URL(url).pathname.slice(1);
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Drops everything this run created. */
export async function dropRun(provider: Provider): Promise<void> {
  if (provider === "sqlite") return rmSync(sqliteDir, { recursive: true, force: true });
  await withAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${dbName("")}%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  });
}
