import "server-only";
import { db } from "@/lib/db";

// A token's lastUsedAt is gathered in memory and written every few seconds, one UPDATE per
// token used in that window, like API key usage (lib/api-keys/usage.ts): a verify request is
// not a write. A clean shutdown flushes what is pending (lib/shutdown.ts).
const FLUSH_MS = 2_000;

type TokenUsageState = { pending: Map<string, Date>; timer: NodeJS.Timeout | null; flushing: Promise<void> | null };

const state = ((globalThis as unknown as { latchkeyTokenUsage?: TokenUsageState }).latchkeyTokenUsage ??= { pending: new Map(), timer: null, flushing: null });

export function recordTokenUse(tokenId: string, at = new Date()): void {
  state.pending.set(tokenId, at);
  if (!state.timer) {
    state.timer = setInterval(() => void flushTokenUsage().catch((error: unknown) => console.error("Could not record service token usage:", error)), FLUSH_MS);
    state.timer.unref();
  }
}

/** Writes pending lastUsedAt values now. */
export async function flushTokenUsage(): Promise<void> {
  await state.flushing;
  if (state.pending.size === 0) return;
  const batch = [...state.pending];
  state.pending = new Map();
  state.flushing = db
    // updateMany: a token deleted meanwhile is simply skipped. lastUsedAt bumps no AuthVersion.
    .$transaction(batch.map(([id, lastUsedAt]) => db.serviceToken.updateMany({ where: { id }, data: { lastUsedAt } })))
    .then(() => undefined)
    .catch((error: unknown) => {
      for (const [id, at] of batch) if (!state.pending.has(id)) state.pending.set(id, at);
      throw error;
    })
    .finally(() => {
      state.flushing = null;
    });
  await state.flushing;
}
