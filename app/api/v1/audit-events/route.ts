import { pageOf } from "@/lib/api/schemas";
import { readQuery } from "@/lib/api/request";
import { withApiKey } from "@/lib/api/with-api-key";
import { auditEventSchema, listAuditEventsQuerySchema } from "@/lib/audit/api-schemas";
import { listAuditEvents } from "@/lib/audit/queries";

/** Newest first; filter by action, actor (part of an email) or actorId, target. */
export const GET = withApiKey({ permission: "audit:read" }, async ({ request, actor }) => {
  const { rows, nextCursor } = await listAuditEvents({ actor, input: readQuery(request, listAuditEventsQuerySchema) });
  const data = rows.map((event) => ({
    id: event.id,
    at: event.at,
    action: event.action,
    actor: { userId: event.actorId, email: event.actorEmail, keyId: event.actorKeyId },
    target: event.targetType && event.targetId ? { type: event.targetType, id: event.targetId, label: event.targetLabel } : null,
    ip: event.ip,
    details: event.details,
  }));
  return pageOf(auditEventSchema).parse({ data, next_cursor: nextCursor });
});
