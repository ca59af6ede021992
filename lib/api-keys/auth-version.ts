import "server-only";
import { hotReadsAnswerAtOnce, hotRows, hotValueNow } from "@/lib/db/hot-reads";
import { sql } from "@/lib/db/sql";

// Database triggers bump AuthVersion.version whenever anything that decides a key's access
// changes (prisma/*/migrations/*_auth_version). Verifiers cache keys by that version and read
// it for every request: one primary-key read that sees every instance's committed changes,
// so a revoked key fails on the next request anywhere.
//
// Reads are shared, never stale: a request waits for a read that starts after it asked, and
// every request waiting for that read gets its answer. So each still observes every change
// committed before it arrived, while one read serves all the requests of a busy moment.
// - PostgreSQL: a request that asks while a read is in flight waits for the next read.
// - SQLite answers synchronously, so nothing is ever in flight: the read is put off until
//   this turn of the event loop has handled everything it received (setImmediate runs after
//   the poll phase), and serves every request that asked meanwhile. Measured (bench:api):
//   one read per request cost a quarter of /me's CPU, in the read and its two fcntl locks.
//
// The version is read on the hot path's own connection (lib/db/hot-reads.ts): in WAL mode it
// sees every committed change, also those of other processes using the file.
const VERSION = sql`SELECT "version" FROM "AuthVersion" WHERE "id" = 1`;

type Version = bigint | number | string | undefined;
const versionOf = (value: unknown) => BigInt((value as Version) ?? 0);

// SQLite: the read this turn's requests wait for, not yet run.
let batched: Promise<bigint> | null = null;

function batchedRead(): Promise<bigint> {
  batched ??= new Promise<bigint>((resolve, reject) => {
    setImmediate(() => {
      batched = null;
      try {
        resolve(versionOf(hotValueNow(VERSION)));
      } catch (error) {
        reject(error);
      }
    });
  });
  return batched;
}

// PostgreSQL: the read in flight, and the one that waits for it to end.
let running: Promise<bigint> | null = null;
let queued: Promise<bigint> | null = null;

function startRead(): Promise<bigint> {
  const read: Promise<bigint> = hotRows<{ version: Version }>(VERSION)
    .then(([row]) => versionOf(row?.version))
    .finally(() => {
      if (running === read) running = null;
    });
  running = read;
  return read;
}

/** The authorization version as of a moment after this call. */
export function currentAuthVersion(): Promise<bigint> {
  if (hotReadsAnswerAtOnce()) return batchedRead();
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
