import "server-only";
// Idempotency-Key on POST (draft-ietf-httpapi-idempotency-key-header, as Stripe does it): the
// first request with a key runs and its successful answer is kept for 24 hours; a retry with
// the same key and the same request gets that answer again (Idempotent-Replayed: true)
// instead of a second write. Failed answers are not kept: nothing was written, so a retry
// simply runs again. The same key with another request is 422; while the first request is
// still running, a retry is 409.
import { createHash } from "node:crypto";
import type { Context } from "hono";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { ConflictError, InvalidError } from "@/lib/errors";
import type { ApiEnv } from "./env";

export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** A request still marked as running after this long was cut off (a crash): a retry takes over. */
const ABANDONED_AFTER_MS = 60_000;
const PURGE_EVERY_MS = 10 * 60 * 1000;

/** The header as documented and validated on every POST operation. */
export const idempotencyHeaders = z.object({
  "idempotency-key": z
    .string()
    .min(1)
    .max(255)
    .regex(/^[\x21-\x7e]+$/, "Use printable ASCII without spaces")
    .optional()
    .meta({ description: "Send the same value again to retry safely: within 24 hours the first answer is returned again, not repeated" }),
});

let lastPurge = 0;

/** Deletes expired records now and then (at most every ten minutes per process). */
function purgeExpired(now: number): void {
  if (now - lastPurge < PURGE_EVERY_MS) return;
  lastPurge = now;
  db.idempotentRequest
    .deleteMany({ where: { createdAt: { lt: new Date(now - IDEMPOTENCY_WINDOW_MS) } } })
    .catch((error: unknown) => console.error("Could not purge idempotency records:", error));
}

async function claim(apiKeyId: string, key: string, fingerprint: string) {
  const now = Date.now();
  purgeExpired(now);
  for (;;) {
    try {
      await db.idempotentRequest.create({ data: { apiKeyId, key, fingerprint } });
      return null;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const earlier = await db.idempotentRequest.findUnique({ where: { apiKeyId_key: { apiKeyId, key } } });
    if (!earlier) continue; // deleted meanwhile: claim it again
    const age = now - earlier.createdAt.getTime();
    const stale = age > IDEMPOTENCY_WINDOW_MS || (earlier.status === null && age > ABANDONED_AFTER_MS);
    if (stale) {
      await db.idempotentRequest.deleteMany({ where: { id: earlier.id } });
      continue;
    }
    if (earlier.fingerprint !== fingerprint) {
      throw new InvalidError("This Idempotency-Key was used with a different request.", { "idempotency-key": ["Used with a different request"] }, "idempotency_key_reused");
    }
    if (earlier.status === null) throw new ConflictError("A request with this Idempotency-Key is still being answered. Retry shortly.", {}, "idempotency_key_in_use");
    return earlier;
  }
}

/** Runs `answer` once per Idempotency-Key (see above); without the header, just runs it. */
export async function idempotent(c: Context<ApiEnv>, answer: () => Promise<Response>): Promise<Response> {
  const key = c.req.header("idempotency-key");
  if (key === undefined) return answer();
  const apiKeyId = c.get("actor").keyId!;
  const fingerprint = createHash("sha256").update(`${c.req.method} ${c.req.path}\n${await c.req.text()}`).digest("hex");
  const earlier = await claim(apiKeyId, key, fingerprint);
  if (earlier) {
    const headers: Record<string, string> = { "Content-Type": "application/json", "Idempotent-Replayed": "true" };
    if (earlier.location) headers.Location = earlier.location;
    return c.body(earlier.body ?? "", earlier.status as 200, headers);
  }
  const forget = () => db.idempotentRequest.deleteMany({ where: { apiKeyId, key } });
  let response: Response;
  try {
    response = await answer();
  } catch (error) {
    await forget();
    throw error;
  }
  if (response.status >= 300) {
    await forget();
    return response;
  }
  const body = await response.clone().text();
  await db.idempotentRequest.update({
    where: { apiKeyId_key: { apiKeyId, key } },
    data: { status: response.status, body, location: response.headers.get("location") },
  });
  return response;
}
