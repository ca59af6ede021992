import { createRoute } from "@hono/zod-openapi";
import { auditEventPageSchema, listAuditEventsQuerySchema } from "@/lib/audit/api-schemas";
import { listAuditEvents as list } from "@/lib/audit/queries";
import { openCursor, sealCursor } from "../../cursor";
import { LIST_ERRORS, errors, json, operation, requires } from "../../operation";
import { jsonWithETag } from "../../conditional-get";

export const listAuditEvents = operation(
  createRoute({
    method: "get",
    path: "/audit-events",
    operationId: "listAuditEvents",
    tags: ["Audit"],
    summary: "Audit events, newest first (filter by action, actor, target)",
    ...requires("audit:read"),
    request: { query: listAuditEventsQuerySchema },
    responses: { 200: json(auditEventPageSchema, "A page of audit events"), ...errors(...LIST_ERRORS) },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const { rows, nextCursor } = await list({ actor: c.get("actor"), input: { ...query, cursor: openCursor("audit-events", query.cursor) } });
    const data = rows.map((event) => ({
      id: event.id,
      at: event.at,
      action: event.action,
      actor: { userId: event.actorId, email: event.actorEmail, keyId: event.actorKeyId },
      target: event.targetType && event.targetId ? { type: event.targetType, id: event.targetId, label: event.targetLabel } : null,
      ip: event.ip,
      details: event.details,
    }));
    return jsonWithETag(c, auditEventPageSchema.parse({ data, next_cursor: sealCursor("audit-events", nextCursor) }));
  },
);
