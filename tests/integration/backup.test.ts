// `npm run admin -- backup | restore`, run as an operator would, against this file's database.
// On SQLite: a backup taken while another process writes is one consistent moment, and
// restoring it into a new database gives back exactly its rows. On PostgreSQL the command
// explains pg_dump and refuses.
import { execFile, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseFromUrl } from "@/lib/db/url";
import { unique } from "../helpers/seed";

const root = path.resolve(import.meta.dirname, "../..");
const sqlite = process.env.LATCHKEY_TEST_PROVIDER === "sqlite";
const folder = mkdtempSync(path.join(os.tmpdir(), "latchkey-backup-test-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `npm run admin -- …` with DATABASE_URL (this file's database unless given), without blocking this process. */
async function admin(args: string[], databaseUrl = process.env.DATABASE_URL!) {
  try {
    const { stdout, stderr } = await promisify(execFile)("npm", ["run", "--silent", "admin", "--", ...args], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: databaseUrl },
      timeout: 90_000,
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout: string; stderr: string };
    return { status: failed.code ?? null, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Another process creating users (tests/helpers/write-users.ts); `written` is how many it has committed. */
function startWriter(label: string) {
  const writer = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "tests/helpers/write-users.ts", label], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const state = { written: 0 };
  const waiters: { count: number; resolve: () => void }[] = [];
  writer.stdout!.on("data", (chunk: Buffer) => {
    for (const match of chunk.toString().matchAll(/wrote (\d+)/g)) state.written = Number(match[1]);
    for (const waiter of waiters.filter((w) => state.written >= w.count)) waiter.resolve();
  });
  const exited = new Promise<number | null>((resolve) => writer.on("exit", resolve));
  return {
    state,
    /** Resolves once the writer has committed at least `count` users. */
    wroteAtLeast: (count: number) =>
      new Promise<void>((resolve, reject) => {
        if (state.written >= count) return resolve();
        waiters.push({ count, resolve });
        void exited.then((code) => reject(new Error(`the writer exited with ${code} after ${state.written} users`)));
      }),
    stop: () => {
      writer.kill("SIGTERM");
      return exited;
    },
  };
}

/** Every table's rows, in a stable order, as plain values. */
function contents(file: string): Record<string, unknown[]> {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.map((table) => [table, database.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]));
  } finally {
    database.close();
  }
}

describe.runIf(sqlite)("SQLite backup and restore", () => {
  const backupFile = path.join(folder, "latchkey-backup.db");

  it("backs up while another process writes: the copy is one moment, and restores into a new database row for row", async () => {
    // Enough rows that the copy spans many pages (SQLite copies 100 pages per step unless told otherwise).
    await db.auditEvent.createMany({
      data: Array.from({ length: 3000 }, (_, n) => ({ action: "test.bulk", actorEmail: "system", targetLabel: `bulk ${n} ${"x".repeat(200)}` })),
    });
    const label = unique("writer");
    const writer = startWriter(label);
    let backedUp: Awaited<ReturnType<typeof admin>>;
    try {
      await writer.wroteAtLeast(3);
      backedUp = await admin(["backup", "--out", backupFile]);
      expect(backedUp.status, backedUp.stderr).toBe(0);
      const inBackup = (contents(backupFile).User as { email: string }[]).filter((user) => user.email.startsWith(`${label}-`)).length;
      // Writes went on after the copy, and the server's file kept taking them.
      await writer.wroteAtLeast(inBackup + 3);
    } finally {
      expect(await writer.stop()).toBe(0);
    }
    expect(backedUp.stdout).toMatch(/^Backed up .+ to .+latchkey-backup\.db \(\d+ KiB\): \d+ users, \d+ groups, \d+ API keys, \d+ audit events; schema at \d{14}_\w+\.$/m);

    // A single self-contained file, readable by its owner only (it holds password hashes).
    expect(existsSync(`${backupFile}-wal`)).toBe(false);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    const backup = contents(backupFile);
    const live = databaseFromUrl(process.env.DATABASE_URL);
    if (live.provider !== "sqlite") throw new Error("SQLite only");
    const source = contents(live.file);

    // One moment: the writer's first n users, each with its audit event (a transaction is in or out whole).
    const written = (backup.User as { id: string; email: string }[]).filter((user) => user.email.startsWith(`${label}-`));
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(written.length).toBeLessThan(writer.state.written);
    expect(written.map((user) => user.email).sort()).toEqual(Array.from({ length: written.length }, (_, n) => `${label}-${n + 1}@example.test`).sort());
    const created = (backup.AuditEvent as { action: string; targetId: string | null }[]).filter((event) => event.action === "user.created").map((event) => event.targetId);
    expect(created.filter((id) => written.some((user) => user.id === id)).sort()).toEqual(written.map((user) => user.id).sort());
    expect((backup.AuditEvent as { action: string }[]).filter((event) => event.action === "test.bulk")).toHaveLength(3000);
    // Everything in the backup is in the live database as it was (the writer only adds rows).
    for (const [table, rows] of Object.entries(backup)) expect(source[table], table).toEqual(expect.arrayContaining(rows));
    expect(source.User.length).toBe(backup.User.length + writer.state.written - written.length);

    const restoredFile = path.join(folder, "restored.db");
    const restored = await admin(["restore", backupFile], `file:${restoredFile}`);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`${backup.User.length} users, ${backup.Group.length} groups, ${backup.ApiKey.length} API keys, ${backup.AuditEvent.length} audit events`);
    expect(contents(restoredFile)).toEqual(backup);
  }, 240_000);

  it("restores only a Latchkey backup, only into an empty database, and never overwrites a file", async () => {
    expect(existsSync(backupFile), "the first test made the backup").toBe(true);
    const fresh = () => `file:${path.join(folder, `${unique("target")}.db`)}`;

    const intoLive = await admin(["restore", backupFile]);
    expect(intoLive.status).toBe(1);
    expect(intoLive.stderr).toMatch(/is not empty: restore only into a new database/);

    const text = path.join(folder, "notes.txt");
    writeFileSync(text, "not a database\n".repeat(100));
    expect((await admin(["restore", text], fresh())).stderr.trim()).toBe(`${text} is not a SQLite database.`);

    const other = path.join(folder, "other-app.db");
    new Database(other).exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello');");
    expect((await admin(["restore", other], fresh())).stderr.trim()).toBe(`${other} is not a Latchkey database (it has no migration history).`);

    const tampered = path.join(folder, "tampered.db");
    copyFileSync(backupFile, tampered);
    new Database(tampered).exec('DROP TABLE "Session";');
    const refusedTampered = await admin(["restore", tampered], fresh());
    expect(refusedTampered.status).toBe(1);
    expect(refusedTampered.stderr).toMatch(/is not a Latchkey database \(tables Session are not what its migrations make\)/);

    const before = readFileSync(backupFile);
    const again = await admin(["backup", "--out", backupFile]);
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe(`${backupFile} exists already; a backup never overwrites a file.`);
    expect(readFileSync(backupFile).equals(before)).toBe(true);
  }, 240_000);
});

describe.runIf(!sqlite)("PostgreSQL backup", () => {
  it("explains pg_dump and pg_restore, exits non-zero, and never prints the URL's password", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.password = "s3cret-password";
    for (const args of [["backup", "--out", path.join(folder, "x.dump")], ["restore", path.join(folder, "x.dump")]]) {
      const answer = await admin(args, url.toString());
      expect(answer.status).toBe(1);
      expect(answer.stderr).toContain('pg_dump --format=custom --file latchkey.dump "$DATABASE_URL"');
      expect(answer.stderr).toContain("pg_restore");
      expect(answer.stdout + answer.stderr).not.toContain("s3cret-password");
    }
    expect(existsSync(path.join(folder, "x.dump"))).toBe(false);
  }, 120_000);
});
