import { createRoute } from "@hono/zod-openapi";
import { listUsersQuerySchema, userPageSchema } from "@/lib/users/api-schemas";
import { listUsersAfter } from "@/lib/users/queries";
import { openCursor, sealCursor } from "../../cursor";
import { LIST_ERRORS, errors, json, operation, requires } from "../../operation";
import { jsonWithETag } from "../../conditional-get";

export const listUsers = operation(
  createRoute({
    method: "get",
    path: "/users",
    operationId: "listUsers",
    tags: ["Users"],
    summary: "List users (search with ?q=, filter by ?status=)",
    ...requires("users:read"),
    request: { query: listUsersQuerySchema },
    responses: { 200: json(userPageSchema, "A page of users"), ...errors(...LIST_ERRORS) },
  }),
  async (c) => {
    const { q = "", status, limit, cursor } = c.req.valid("query");
    const { rows, nextCursor } = await listUsersAfter({ actor: c.get("actor"), q, status: status === "ACTIVE" ? "active" : status === "DISABLED" ? "disabled" : "all", limit, cursor: openCursor("users", cursor) });
    return jsonWithETag(c, userPageSchema.parse({ data: rows, next_cursor: sealCursor("users", nextCursor) }));
  },
);
