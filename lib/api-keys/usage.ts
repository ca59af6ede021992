import "server-only";
import { db } from "@/lib/db";

// Key usage (lastUsedAt, lastUsedIp, usageCount) is gathered in memory and written every few
// seconds, one UPDATE per key used in that window, instead of a write per request. A clean
// shutdown flushes what is pending (instrumentation.ts).
export const USAGE_FLUSH_MS = 2_000;

type Pending = { count: number; lastUsedAt: Date; lastUsedIp: string | null };
type UsageState = { pending: Map<string, Pending>; timer: NodeJS.Timeout | null; flushing: Promise<void> | null };

// On globalThis: route handlers and instrumentation.ts may be separate bundles.
const state = ((globalThis as unknown as { latchkeyUsage?: UsageState }).latchkeyUsage ??= { pending: new Map(), timer: null, flushing: null });

export function recordUsage(keyId: string, ip: string | null, at = new Date()): void {
  const entry = state.pending.get(keyId);
  if (entry) {
    entry.count += 1;
    entry.lastUsedAt = at;
    entry.lastUsedIp = ip;
  } else {
    state.pending.set(keyId, { count: 1, lastUsedAt: at, lastUsedIp: ip });
  }
  if (!state.timer) {
    state.timer = setInterval(() => void flushUsage().catch((error: unknown) => console.error("Could not record API key usage:", error)), USAGE_FLUSH_MS);
    state.timer.unref();
  }
}

/** Writes pending usage now. */
export async function flushUsage(): Promise<void> {
  await state.flushing;
  if (state.pending.size === 0) return;
  const batch = [...state.pending];
  state.pending = new Map();
  state.flushing = db
    .$transaction(
      batch.map(([id, usage]) =>
        // updateMany: a key deleted meanwhile is simply skipped.
        db.apiKey.updateMany({
          where: { id },
          data: { usageCount: { increment: usage.count }, lastUsedAt: usage.lastUsedAt, lastUsedIp: usage.lastUsedIp },
        }),
      ),
    )
    .then(() => undefined)
    .catch((error: unknown) => {
      // Put the counts back so the next flush retries them.
      for (const [id, usage] of batch) {
        const later = state.pending.get(id);
        state.pending.set(id, later ? { ...later, count: later.count + usage.count } : usage);
      }
      throw error;
    })
    .finally(() => {
      state.flushing = null;
    });
  await state.flushing;
}
