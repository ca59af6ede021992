import "server-only";
import { db } from "@/lib/db";
import { coalescedWrites } from "@/lib/db/coalesced-writes";

// A key's usage (lastUsedAt, lastUsedIp, usageCount), written every few seconds, not per
// request (lib/db/coalesced-writes.ts).
type Usage = { count: number; lastUsedAt: Date; lastUsedIp: string | null };

const usage = coalescedWrites<Usage>("API key usage", {
  merge: (earlier, later) => ({ ...later, count: earlier.count + later.count }),
  write: (batch) =>
    db.$transaction(
      batch.map(([id, { count, lastUsedAt, lastUsedIp }]) =>
        // updateMany: a key deleted meanwhile is simply skipped.
        db.apiKey.updateMany({ where: { id }, data: { usageCount: { increment: count }, lastUsedAt, lastUsedIp } }),
      ),
    ),
});

export function recordUsage(keyId: string, ip: string | null, at = new Date()): void {
  usage.add(keyId, { count: 1, lastUsedAt: at, lastUsedIp: ip });
}

/** Writes pending usage now. */
export const flushUsage = usage.flush;
