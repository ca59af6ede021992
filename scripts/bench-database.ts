// A fresh, throw-away database for the benchmarks (`npm run bench:api`, `npm run bench:soak`):
// a SQLite file in a temporary folder, or a new PostgreSQL database on TEST_POSTGRES_URL's server.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const postgresAdmin = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export async function createBenchDatabase(provider: string, label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), `latchkey-${label}-`));
    return { url: `file:${path.join(dir, `${label}.db`)}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (provider !== "postgresql") throw new Error(`--database must be sqlite or postgresql, not ${provider}`);
  const name = `latchkey_${label}_${process.pid}`.replace(/\W/g, "_");
  const admin = new pg.Client({ connectionString: postgresAdmin });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresAdmin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresAdmin });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
