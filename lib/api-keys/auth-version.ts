import "server-only";
import { hotRows, hotValueNow } from "@/lib/db/hot-reads";
import { sql } from "@/lib/db/sql";

// Database triggers bump AuthVersion.version whenever anything that decides a key's access
// changes (prisma/*/migrations/*_auth_version). Verifiers cache keys by that version and read
// it on every request: one primary-key read that sees every instance's committed changes,
// so a revoked key fails on the next request anywhere.
//
// On PostgreSQL reads are coalesced: a request that arrives while a read is in flight waits for the next
// read, which starts after it arrived — so it still observes every change committed before
// it, while one read serves all the requests that queued behind it.

let running: Promise<bigint> | null = null;
let queued: Promise<bigint> | null = null;

// The version is read on the hot path's own connection (lib/db/hot-reads.ts): on SQLite a
// prepared read of one row takes microseconds and, in WAL mode, sees every committed change,
// also those of other processes using the file.
const VERSION = sql`SELECT "version" FROM "AuthVersion" WHERE "id" = 1`;

type VersionRow = { version: bigint | number | string };
const versionOf = (value: unknown) => BigInt((value as VersionRow["version"] | undefined) ?? 0);

async function readVersion(): Promise<bigint> {
  const [row] = await hotRows<VersionRow>(VERSION);
  return versionOf(row?.version);
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
  // SQLite answers at once: nothing to coalesce, and each request reads after it arrived.
  const now = hotValueNow(VERSION);
  if (now !== null) return Promise.resolve(versionOf(now));
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
