import "server-only";
import { db } from "@/lib/db";
import { USAGE_FLUSH_MS } from "./usage";

// A key's requests to each service (forward-auth and the verify API), in ApiKeyServiceUsage:
// gathered in memory and written every few seconds, one upsert per key and service used in
// that window, like the key's own usage (./usage.ts). A clean shutdown flushes what is pending
// (lib/shutdown.ts). The last request's method and URI, as the proxy named them, are kept in
// memory only (lastServiceRequest): they are for a person looking, not for the record.

type Pending = { apiKeyId: string; serviceId: string; count: number; lastUsedAt: Date };
export type ServiceRequest = { method: string | null; uri: string | null; at: Date };
type ServiceUsageState = { pending: Map<string, Pending>; last: Map<string, ServiceRequest>; timer: NodeJS.Timeout | null; flushing: Promise<void> | null };

// Bounds the in-memory record of last requests (oldest pair first out).
const MAX_LAST_REQUESTS = 10_000;

// On globalThis: route handlers and instrumentation.ts may be separate bundles.
const state = ((globalThis as unknown as { latchkeyServiceUsage?: ServiceUsageState }).latchkeyServiceUsage ??= {
  pending: new Map(),
  last: new Map(),
  timer: null,
  flushing: null,
});

const pairKey = (apiKeyId: string, serviceId: string) => `${apiKeyId} ${serviceId}`;

/** Counts one request of key `apiKeyId` to service `serviceId`. */
export function recordServiceUsage(apiKeyId: string, serviceId: string, request: { method?: string | null; uri?: string | null } = {}, at = new Date()): void {
  const pair = pairKey(apiKeyId, serviceId);
  const entry = state.pending.get(pair);
  if (entry) {
    entry.count += 1;
    entry.lastUsedAt = at;
  } else {
    state.pending.set(pair, { apiKeyId, serviceId, count: 1, lastUsedAt: at });
  }
  if (request.method || request.uri) {
    state.last.delete(pair);
    if (state.last.size >= MAX_LAST_REQUESTS) state.last.delete(state.last.keys().next().value!);
    state.last.set(pair, { method: request.method ?? null, uri: request.uri ?? null, at });
  }
  if (!state.timer) {
    state.timer = setInterval(() => void flushServiceUsage().catch((error: unknown) => console.error("Could not record API key service usage:", error)), USAGE_FLUSH_MS);
    state.timer.unref();
  }
}

/** The last request this instance let through or refused for the pair, as the proxy named it. */
export function lastServiceRequest(apiKeyId: string, serviceId: string): ServiceRequest | null {
  return state.last.get(pairKey(apiKeyId, serviceId)) ?? null;
}

const upsert = ({ apiKeyId, serviceId, count, lastUsedAt }: Pending) =>
  db.apiKeyServiceUsage.upsert({
    where: { apiKeyId_serviceId: { apiKeyId, serviceId } },
    create: { apiKeyId, serviceId, requestCount: count, lastUsedAt },
    update: { requestCount: { increment: count }, lastUsedAt },
  });

// A key or service deleted meanwhile: its counts have nowhere to go.
// (P2003: a foreign key names no row, either provider; P2025: no row to change.)
const isGone = (error: unknown) => typeof error === "object" && error !== null && "code" in error && (error.code === "P2003" || error.code === "P2025");

function putBack(entries: Pending[]): void {
  for (const usage of entries) {
    const pair = pairKey(usage.apiKeyId, usage.serviceId);
    const later = state.pending.get(pair);
    state.pending.set(pair, later ? { ...later, count: later.count + usage.count } : usage);
  }
}

/** Writes a batch; what could not be written is put back for the next flush to retry. */
async function write(batch: Pending[]): Promise<void> {
  try {
    await db.$transaction(batch.map(upsert));
  } catch (error) {
    if (!isGone(error)) {
      putBack(batch);
      throw error;
    }
    // One pair names a deleted key or service: write the others one by one, drop that one.
    const failed: Pending[] = [];
    let firstError: unknown = null;
    for (const usage of batch) {
      await upsert(usage).catch((each: unknown) => {
        if (isGone(each)) return;
        failed.push(usage);
        firstError ??= each;
      });
    }
    if (failed.length > 0) {
      putBack(failed);
      throw firstError;
    }
  }
}

/** Writes pending service usage now. */
export async function flushServiceUsage(): Promise<void> {
  await state.flushing;
  if (state.pending.size === 0) return;
  const batch = [...state.pending.values()];
  state.pending = new Map();
  state.flushing = write(batch).finally(() => {
      state.flushing = null;
    });
  await state.flushing;
}
