import "server-only";
import { db } from "@/lib/db";
import { PartlyWritten, coalescedWrites, type Entries } from "@/lib/db/coalesced-writes";

// A key's requests to each service (forward-auth and the verify API) in ApiKeyServiceUsage,
// with the last request's method and URI when the proxy named them: written every few seconds,
// one upsert per key and service used in that window (lib/db/coalesced-writes.ts).
/** How much of the original request's method and URI is kept. */
export const MAX_FORWARDED_LENGTH = 2048;

type ServiceUsage = { apiKeyId: string; serviceId: string; count: number; lastUsedAt: Date; lastMethod: string | null; lastUri: string | null };

const upsert = ({ apiKeyId, serviceId, count, lastUsedAt, lastMethod, lastUri }: ServiceUsage) => {
  const last = { lastUsedAt, ...(lastMethod ? { lastMethod } : {}), ...(lastUri ? { lastUri } : {}) };
  return db.apiKeyServiceUsage.upsert({
    where: { apiKeyId_serviceId: { apiKeyId, serviceId } },
    create: { apiKeyId, serviceId, requestCount: count, ...last },
    update: { requestCount: { increment: count }, ...last },
  });
};

// A key or service deleted meanwhile: its counts have nowhere to go.
// (P2003: a foreign key names no row, either provider; P2025: no row to change.)
const isGone = (error: unknown) => typeof error === "object" && error !== null && "code" in error && (error.code === "P2003" || error.code === "P2025");

/** One transaction; when a pair names a deleted key or service, the others one by one and that one dropped. */
async function write(batch: Entries<ServiceUsage>): Promise<void> {
  try {
    await db.$transaction(batch.map(([, usage]) => upsert(usage)));
  } catch (error) {
    if (!isGone(error)) throw error;
    const unwritten: Entries<ServiceUsage> = [];
    let firstError: unknown = null;
    for (const entry of batch) {
      await upsert(entry[1]).catch((each: unknown) => {
        if (isGone(each)) return;
        unwritten.push(entry);
        firstError ??= each;
      });
    }
    if (unwritten.length > 0) throw new PartlyWritten(unwritten, firstError);
  }
}

const serviceUsage = coalescedWrites<ServiceUsage>("API key service usage", {
  merge: (earlier, later) => ({
    ...later,
    count: earlier.count + later.count,
    lastMethod: later.lastMethod ?? earlier.lastMethod,
    lastUri: later.lastUri ?? earlier.lastUri,
  }),
  write,
});

/** Counts one request of key `apiKeyId` to service `serviceId`. */
export function recordServiceUsage(apiKeyId: string, serviceId: string, request: { method?: string | null; uri?: string | null } = {}, at = new Date()): void {
  serviceUsage.add(`${apiKeyId} ${serviceId}`, { apiKeyId, serviceId, count: 1, lastUsedAt: at, lastMethod: request.method ?? null, lastUri: request.uri ?? null });
}

/** Writes pending service usage now. */
export const flushServiceUsage = serviceUsage.flush;
