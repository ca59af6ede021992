import "server-only";
import Database from "better-sqlite3";
import { db } from "@/lib/db";
import { currentDatabase } from "@/lib/db/url";

// Database triggers bump AuthVersion.version whenever anything that decides a key's access
// changes (prisma/*/migrations/*_auth_version). Verifiers cache keys by that version and read
// it on every request: one primary-key read that sees every instance's committed changes,
// so a revoked key fails on the next request anywhere.
//
// Reads are coalesced: a request that arrives while a read is in flight waits for the next
// read, which starts after it arrived — so it still observes every change committed before
// it, while one read serves all the requests that queued behind it.

let running: Promise<bigint> | null = null;
let queued: Promise<bigint> | null = null;

// On SQLite the version is read through a read-only connection of its own: a synchronous
// read of one row takes microseconds and, in WAL mode, sees every committed change, also
// those of other processes using the file.
const sqliteReaders = ((globalThis as unknown as { latchkeyVersionReaders?: Map<string, () => unknown> }).latchkeyVersionReaders ??= new Map());

function sqliteReader(file: string): () => unknown {
  let read = sqliteReaders.get(file);
  if (!read) {
    const statement = new Database(file, { readonly: true, fileMustExist: true }).prepare('SELECT "version" FROM "AuthVersion" WHERE "id" = 1').pluck();
    read = () => statement.get();
    sqliteReaders.set(file, read);
  }
  return read;
}

async function readVersion(): Promise<bigint> {
  const database = currentDatabase();
  const file = database.provider === "sqlite" && database.file !== ":memory:" ? database.file : null;
  if (file) return BigInt((sqliteReader(file)() as number | bigint | undefined) ?? 0);
  // Raw SQL: the cheapest read Prisma offers, and this runs for every API request.
  const rows = await db.$queryRaw<{ version: bigint | number }[]>`SELECT "version" FROM "AuthVersion" WHERE "id" = 1`;
  return BigInt(rows[0]?.version ?? 0);
}

function startRead(): Promise<bigint> {
  const read: Promise<bigint> = readVersion().finally(() => {
    if (running === read) running = null;
  });
  running = read;
  return read;
}

/** The authorization version as of a moment after this call. */
export function currentAuthVersion(): Promise<bigint> {
  if (!running) return startRead();
  queued ??= running
    .then(
      () => undefined,
      () => undefined,
    )
    .then(() => {
      queued = null;
      return startRead();
    });
  return queued;
}
