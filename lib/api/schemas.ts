// The parts every /api/v1 answer shares: problem details, pages, dates. Each domain's own
// answers live beside it (lib/<noun>/api-schemas.ts). Handlers send their data through these
// schemas (so a new column can never leak), and the OpenAPI document is generated from them.
import { z } from "zod";

/** A date leaves as an ISO 8601 string; the document shows the string side. */
export const isoDate = z
  .date()
  .transform((date) => date.toISOString())
  .pipe(z.iso.datetime().meta({ description: "ISO 8601 date-time (UTC)" }));

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional().meta({ description: "The request's X-Request-Id, to quote when reporting it" }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

/** A page of a cursor-paginated list (build it once per item type: zod compiles each schema). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    next_cursor: z.string().nullable().meta({ description: "Pass as ?cursor= for the next page; null on the last page" }),
  });
}
