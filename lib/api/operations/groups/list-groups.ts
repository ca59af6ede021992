import { createRoute } from "@hono/zod-openapi";
import { groupPageSchema, listGroupsQuerySchema } from "@/lib/groups/api-schemas";
import { listGroupsAfter } from "@/lib/groups/queries";
import { openCursor, sealCursor } from "../../cursor";
import { LIST_ERRORS, errors, json, operation, requires } from "../../operation";
import { jsonWithETag } from "../../conditional-get";

export const listGroups = operation(
  createRoute({
    method: "get",
    path: "/groups",
    operationId: "listGroups",
    tags: ["Groups"],
    summary: "List groups with member counts (search with ?q=)",
    ...requires("groups:read"),
    request: { query: listGroupsQuerySchema },
    responses: { 200: json(groupPageSchema, "A page of groups"), ...errors(...LIST_ERRORS) },
  }),
  async (c) => {
    const { q = "", limit, cursor } = c.req.valid("query");
    const { rows, nextCursor } = await listGroupsAfter({ actor: c.get("actor"), q, limit, cursor: openCursor("groups", cursor) });
    return jsonWithETag(c, groupPageSchema.parse({ data: rows, next_cursor: sealCursor("groups", nextCursor) }));
  },
);
