import "server-only";
import { db } from "@/lib/db";

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

async function readVersion(): Promise<bigint> {
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
