import { createRoute } from "@hono/zod-openapi";
import { listServicesQuerySchema, toServiceAnswer, servicePageSchema } from "@/lib/services/api-schemas";
import { listServicesAfter } from "@/lib/services/queries";
import { openCursor, sealCursor } from "../../cursor";
import { LIST_ERRORS, errors, json, operation, requires } from "../../operation";
import { jsonWithETag } from "../../conditional-get";

export const listServices = operation(
  createRoute({
    method: "get",
    path: "/services",
    operationId: "listServices",
    tags: ["Services"],
    summary: "List services with their permissions (search with ?q=)",
    ...requires("services:read", "services:write"),
    request: { query: listServicesQuerySchema },
    responses: { 200: json(servicePageSchema, "A page of services"), ...errors(...LIST_ERRORS) },
  }),
  async (c) => {
    const { q = "", limit, cursor } = c.req.valid("query");
    const { rows, nextCursor } = await listServicesAfter({ actor: c.get("actor"), q, limit, cursor: openCursor("services", cursor) });
    return jsonWithETag(c, servicePageSchema.parse({ data: rows.map(toServiceAnswer), next_cursor: sealCursor("services", nextCursor) }));
  },
);
