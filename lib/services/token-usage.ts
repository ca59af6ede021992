import "server-only";
import { db } from "@/lib/db";
import { coalescedWrites } from "@/lib/db/coalesced-writes";

// A service token's lastUsedAt, written every few seconds (lib/db/coalesced-writes.ts): a
// verify request is not a write.
const tokenUse = coalescedWrites<Date>("service token usage", {
  merge: (_earlier, later) => later,
  // updateMany: a token deleted meanwhile is simply skipped. lastUsedAt bumps no AuthVersion.
  write: (batch) => db.$transaction(batch.map(([id, lastUsedAt]) => db.serviceToken.updateMany({ where: { id }, data: { lastUsedAt } }))),
});

export function recordTokenUse(tokenId: string, at = new Date()): void {
  tokenUse.add(tokenId, at);
}

/** Writes pending lastUsedAt values now. */
export const flushTokenUsage = tokenUse.flush;
