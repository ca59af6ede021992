// A server and SQLite database of a spec file's own, whose only user is the given first
// administrator: for rules about the whole installation (the last administrator, a global
// policy), which the shared e2e server's parallel tests must not see.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db";
import { bootstrap } from "@/lib/users/bootstrap";
import { startServer } from "../../scripts/server";
import { test } from "./fixtures";

const root = path.resolve(import.meta.dirname, "../..");

export function useOwnServer(admin: { email: string; password: string }, label: string): { readonly baseUrl: string } {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let dataDir: string | undefined;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    dataDir = mkdtempSync(path.join(os.tmpdir(), `latchkey-e2e-${label}-`));
    const databaseUrl = `file:${path.join(dataDir, "latchkey.db")}`;
    execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/db.ts", "migrate"], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } });
    const db = createDb(databaseUrl);
    await bootstrap(db, admin);
    await db.$disconnect();
    server = await startServer(databaseUrl);
  });
  test.afterAll(async () => {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    get baseUrl() {
      if (!server) throw new Error("the server has not started");
      return server.baseUrl;
    },
  };
}
