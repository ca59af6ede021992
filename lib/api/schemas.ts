// The parts every /api/v1 answer shares: problem details, pages, dates, ids and text. Each
// domain's own answers live beside it (lib/<noun>/api-schemas.ts). Handlers send their data
// through these schemas (so a new column can never leak), and the OpenAPI document is
// generated from them. Each limit an answer's schema states is one the server enforces where
// the value comes in.
import { z } from "zod";
import { MAX_PERMISSIONS, MAX_PERMISSION_LENGTH, PERMISSION_PATTERN } from "@/lib/permissions/catalogue";
import { PROBLEM_CODES, PROBLEM_CODE_LIST, PROBLEM_LIMITS } from "./problem-codes";
import { CURSOR_MAX_LENGTH, PAGE_MAX } from "./request";

const INT32_MAX = 2 ** 31 - 1;

/** An integer with its bounds and format (int32), as generated clients need them. */
export function int32(minimum = 0, maximum = INT32_MAX) {
  return z.number().int().min(minimum).max(maximum).meta({ format: "int32" });
}

/** An id the server made (ids in requests are as long at most: idSchema). */
export const id = z.string().min(1).max(64);

/**
 * Dates leave as ISO 8601 strings in UTC (`toISOString`: 24 characters); the document shows the
 * string side. (The generator reads a pipe's metadata, not its checks: hence maxLength there.)
 */
export const isoDate = z
  .date()
  .transform((date) => date.toISOString())
  .pipe(z.iso.datetime().max(24))
  .meta({ description: "ISO 8601 date-time (UTC)", maxLength: 24 });

/** Text as the console and the API take it in: names up to 100 characters, descriptions up to 500. */
export const name = z.string().max(100);
export const description = z.string().max(500);
export const email = z.email().max(254);
/** An IPv4 or IPv6 address, as the server saw the client. */
export const ipAddress = z.string().max(64);

export const permission = z
  .string()
  .max(MAX_PERMISSION_LENGTH)
  .regex(PERMISSION_PATTERN)
  .meta({ id: "Permission", description: "Latchkey's own (e.g. `users:read`) or a service's `<slug>:<name>` (e.g. `reports:read`)" });
/** A set of permissions: each at most once. */
export const permissions = z.array(permission).max(MAX_PERMISSIONS);

const codeTable = Object.entries(PROBLEM_CODES)
  .map(([code, { status, meaning }]) => `| \`${code}\` | ${status} | ${meaning} |`)
  .join("\n");

export const problemSchema = z
  .object({
    type: z
      .string()
      .max(100)
      .meta({ format: "uri-reference", description: "`/docs/api#problem-<code>`: the problem type, resolved against this server" }),
    title: z.string().max(100).meta({ description: "The status's reason phrase" }),
    status: int32(400, 599),
    detail: z.string().max(PROBLEM_LIMITS.detail).optional().meta({ description: "What went wrong, for a person" }),
    code: z.enum(PROBLEM_CODE_LIST).meta({ description: "What went wrong, for a program: stable, one per kind of problem" }),
    errors: z
      .array(z.object({ field: z.string().max(PROBLEM_LIMITS.field), message: z.string().max(PROBLEM_LIMITS.message) }))
      .max(PROBLEM_LIMITS.errors)
      .optional()
      .meta({ description: "Each invalid field (422) or the field in conflict (409)" }),
    requestId: z.uuid().max(36).optional().meta({ description: "The answer's X-Request-Id, which the server's log line names" }),
  })
  .meta({
    id: "Problem",
    description: `RFC 9457 problem details. \`code\` says which problem it is:\n\n| code | status | meaning |\n| --- | --- | --- |\n${codeTable}`,
  });

/** A page of a cursor-paginated list (build it once per item type: zod compiles each schema). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item).max(PAGE_MAX),
    next_cursor: z
      .string()
      .max(CURSOR_MAX_LENGTH)
      .nullable()
      .meta({ description: "Pass as ?cursor= for the next page; null on the last page. Opaque: only cursors this server issued are accepted" }),
  });
}
