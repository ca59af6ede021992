// /api/v1/audit-events: request and answer shapes.
import { z } from "zod";
import { paginationSchema } from "@/lib/api/request";
import { isoDate, pageOf } from "@/lib/api/schemas";
import { auditFilterSchema } from "./queries";

export const listAuditEventsQuerySchema = paginationSchema.extend(auditFilterSchema.shape);

export const auditEventSchema = z
  .object({
    id: z.string(),
    at: isoDate,
    action: z.string().meta({ description: "e.g. user.created, group.member_removed, api_key.revoked" }),
    actor: z.object({
      userId: z.string().nullable().meta({ description: "null for the system, or once the user is deleted" }),
      email: z.string().nullable(),
      keyId: z.string().nullable().meta({ description: "Set when the change came through the API" }),
    }),
    target: z.object({ type: z.string(), id: z.string(), label: z.string().nullable() }).nullable(),
    ip: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable().meta({ description: "Before/after of changed fields and other context" }),
  })
  .meta({ id: "AuditEvent" });
export const auditEventPageSchema = pageOf(auditEventSchema).meta({ id: "AuditEventPage" });
