// What /api/v1 answers, as zod schemas. Handlers send their data through these (so a new
// column can never leak), and the OpenAPI document is generated from the same objects.
import { z } from "zod";
import { API_KEY_STATES } from "@/lib/api-keys/status";
import { PERMISSIONS } from "@/lib/permissions/catalogue";

const timestamp = z.iso.datetime().meta({ description: "ISO 8601 date-time (UTC)" });
const permission = z.enum(PERMISSIONS).meta({ id: "Permission" });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

export const meSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    keyId: z.string(),
    permissions: z.array(permission).meta({ description: "What this key may do now: its scopes ∩ the owner's permissions" }),
  })
  .meta({ id: "Me" });

// Dates leave as ISO strings; the document shows the string side.
const dateOut = z.date().transform((date) => date.toISOString()).pipe(timestamp);

export const apiKeySchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    description: z.string(),
    prefix: z.string().meta({ description: "The first characters of the key, to recognise it" }),
    scopes: z.array(permission).nullable().meta({ description: "null: the key inherits its owner's permissions" }),
    status: z.enum(["ACTIVE", "DISABLED", "REVOKED"]),
    state: z.enum(API_KEY_STATES),
    expiresAt: dateOut.nullable(),
    createdAt: dateOut,
    lastUsedAt: dateOut.nullable(),
    lastUsedIp: z.string().nullable(),
    usageCount: z.number().int(),
    rateLimit: z.number().int().nullable().meta({ description: "Requests per minute; null: the policy default" }),
    revokedAt: dateOut.nullable(),
  })
  .meta({ id: "ApiKey" });

/** A page of a cursor-paginated list. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    next_cursor: z.string().nullable().meta({ description: "Pass as ?cursor= for the next page; null on the last page" }),
  });
}
