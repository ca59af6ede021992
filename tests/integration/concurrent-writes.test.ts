// Concurrent writers, on both databases. On SQLite, a transaction begun with a plain BEGIN that reads before its
// first write fails at once (SQLITE_BUSY, no waiting) when another connection holds the write
// lock, and the one connection the app holds would run a query from outside a transaction
// inside whichever transaction is open. On PostgreSQL, Serializable transactions that all bump
// one row (AuthVersion) fail each other under load.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { updateApiKey } from "@/lib/api-keys/update-api-key";
import { db } from "@/lib/db";
import { databaseFromUrl } from "@/lib/db/url";
import { endSession } from "@/lib/sessions/end-session";
import { startSession } from "@/lib/sessions/start-session";
import { seedUser, unique } from "../helpers/seed";

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

describe.runIf(sqlite)("SQLite with another writer, operations that read first", () => {
  it("the database is in WAL mode, so readers never wait for a writer", async () => {
    const [{ journal_mode }] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(journal_mode).toBe("wal");
  });

  it("revokes a key (reads it, then writes) by waiting for the write lock, not failing", async () => {
    const { actor } = await seedUser({ permissions: ["api_keys:create"] });
    const { key } = await createApiKey({ actor, input: { name: unique("key"), description: "", expiration: "1y", access: "inherit", scopes: [] } });
    const revoked = await whileAnotherProcessWrites(() => revokeApiKey({ actor, input: { id: key.id } }));
    expect(revoked.status).toBe("REVOKED");
  });
});

describe("a transaction and a query outside it, at the same time", () => {
  /** Opens a transaction that renames the user, then waits for `finish` before it rolls back. */
  function renameThenRollBack(userId: string) {
    let finish!: () => void;
    const finishing = new Promise<void>((resolve) => (finish = resolve));
    let renamed!: () => void;
    const hasRenamed = new Promise<void>((resolve) => (renamed = resolve));
    const done = db
      .$transaction(async (tx) => {
        await tx.user.update({ where: { id: userId }, data: { name: "uncommitted" } });
        renamed();
        await finishing;
        throw new Error("rolled back on purpose");
      })
      .catch((error: Error) => error.message);
    return { hasRenamed, finish, done };
  }

  it("a write outside the transaction survives the transaction's rollback", async () => {
    const { user } = await seedUser();
    const tx = renameThenRollBack(user.id);
    await tx.hasRenamed;
    const name = unique("outside");
    // Prisma's queries are lazy: .then() sends this one now, while the transaction is open.
    const outside = db.group.create({ data: { name } }).then((group) => group);
    await new Promise((resolve) => setTimeout(resolve, 50));
    tx.finish();
    expect(await tx.done).toBe("rolled back on purpose");
    await outside;
    expect(await db.group.count({ where: { name } })).toBe(1);
  });

  it("a read outside the transaction never sees its uncommitted writes", async () => {
    const { user } = await seedUser();
    const tx = renameThenRollBack(user.id);
    await tx.hasRenamed;
    const outside = db.user.findUniqueOrThrow({ where: { id: user.id } }).then((row) => row);
    await new Promise((resolve) => setTimeout(resolve, 50));
    tx.finish();
    await tx.done;
    expect((await outside).name).toBe(user.name);
  });

});

describe("many writers at once", () => {
  const newKey = () => ({ name: unique("key"), description: "", expiration: "1y" as const, access: "inherit" as const, scopes: [] });

  it("keys created, renamed and revoked at once, by one owner and by several, all succeed", async () => {
    const owners = await Promise.all(Array.from({ length: 4 }, () => seedUser({ permissions: ["api_keys:create"] })));
    const created = await Promise.allSettled(owners.flatMap(({ actor }) => Array.from({ length: 6 }, () => createApiKey({ actor, input: newKey() }))));
    expect(created.filter((result) => result.status === "rejected")).toEqual([]);
    const keys = created.flatMap((result) => (result.status === "fulfilled" ? [result.value.key] : []));
    const actorOf = (userId: string) => owners.find(({ user }) => user.id === userId)!.actor;

    const changed = await Promise.allSettled(
      keys.map((key, i) =>
        i % 2 === 0
          ? updateApiKey({ actor: actorOf(key.userId), input: { id: key.id, name: unique("renamed"), description: "" } })
          : revokeApiKey({ actor: actorOf(key.userId), input: { id: key.id } }),
      ),
    );
    expect(changed.filter((result) => result.status === "rejected")).toEqual([]);
    expect(await db.apiKey.count({ where: { userId: { in: owners.map(({ user }) => user.id) }, status: "REVOKED" } })).toBe(12);
  });
});
