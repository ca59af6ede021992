// On SQLite, a transaction that reads before its first write fails at once (SQLITE_BUSY, no
// waiting) when another connection holds the write lock; one whose first statement writes
// waits for the lock. These operations run while another process writes to the same file.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { databaseFromUrl } from "@/lib/db/url";
import { endSession } from "@/lib/sessions/end-session";
import { startSession } from "@/lib/sessions/start-session";
import { seedUser } from "../helpers/seed";

// PostgreSQL locks rows, not the database: nothing of this applies there.
const sqlite = process.env.LATCHKEY_TEST_PROVIDER === "sqlite";

/** Another process takes the write lock, holds it for `holdMs`, then commits. */
async function whileAnotherProcessWrites<T>(work: () => Promise<T>, holdMs = 700): Promise<T> {
  const database = databaseFromUrl(process.env.DATABASE_URL);
  if (database.provider !== "sqlite") throw new Error("SQLite only");
  const script = `
    const db = require("better-sqlite3")(process.argv[1], { timeout: 10000 });
    db.exec("BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS other_writer (n INTEGER); INSERT INTO other_writer VALUES (1);");
    process.stdout.write("locked\\n");
    setTimeout(() => { db.exec("COMMIT"); db.close(); }, ${holdMs});`;
  const writer = spawn(process.execPath, ["-e", script, database.file], { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<number | null>((resolve) => writer.on("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    writer.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
    writer.on("exit", (code) => reject(new Error(`the writer exited with ${code} before locking`)));
  });
  try {
    return await work();
  } finally {
    expect(await exited).toBe(0);
  }
}

describe.runIf(sqlite)("SQLite with another writer", () => {
  it("signs in (starts a session) by waiting for the write lock, not failing", async () => {
    const { user } = await seedUser();
    const session = await whileAnotherProcessWrites(() => startSession({ userId: user.id, userAgent: "test", ip: "203.0.113.1" }));
    expect(session.id).toHaveLength(43);
  });

  it("ends a session by waiting for the write lock, not failing", async () => {
    const { user, actor } = await seedUser();
    const { id } = await startSession({ userId: user.id, userAgent: "test", ip: "203.0.113.1" });
    expect(await whileAnotherProcessWrites(() => endSession({ actor, input: { sessionId: id } }))).toEqual({ id });
  });
});
