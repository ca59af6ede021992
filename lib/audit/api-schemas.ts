// /api/v1/audit-events: request and answer shapes.
import { z } from "zod";
import { paginationSchema } from "@/lib/api/request";
import { id, ipAddress, isoDate, pageOf } from "@/lib/api/schemas";
import { auditFilterSchema } from "./queries";

export const listAuditEventsQuerySchema = paginationSchema.extend(auditFilterSchema.shape);

export const auditEventSchema = z
  .object({
    id,
    at: isoDate,
    action: z.string().max(100).meta({ description: "e.g. user.created, group.member_removed, api_key.revoked" }),
    actor: z.object({
      userId: id.nullable().meta({ description: "null for the system, or once the user is deleted" }),
      // "system" for operator commands (npm run admin, the first start), else the acting user's email.
      email: z.string().max(254).nullable(),
      keyId: id.nullable().meta({ description: "Set when the change came through the API" }),
    }),
    target: z
      .object({
        type: z.string().max(50),
        id,
        label: z.string().max(300).nullable().meta({ description: "What the target was called then: a name, an email, a key's name and prefix" }),
      })
      .nullable(),
    ip: ipAddress.nullable(),
    details: z.record(z.string().max(100), z.unknown()).nullable().meta({ description: "Before/after of changed fields and other context" }),
  })
  .meta({ id: "AuditEvent" });
export const auditEventPageSchema = pageOf(auditEventSchema).meta({ id: "AuditEventPage" });
