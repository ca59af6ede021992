import { createRoute } from "@hono/zod-openapi";
import { listApiKeys as list } from "@/lib/api-keys/queries";
import { listApiKeysSchema } from "@/lib/api-keys/schemas";
import { openCursor, sealCursor } from "../../cursor";
import { LIST_ERRORS, errors, json, operation, requires } from "../../operation";
import { apiKeyPageSchema } from "@/lib/api-keys/api-schemas";
import { jsonWithETag } from "../../conditional-get";

export const listApiKeys = operation(
  createRoute({
    method: "get",
    path: "/api-keys",
    operationId: "listApiKeys",
    tags: ["API keys"],
    summary: "The caller's API keys, or another user's with api_keys:manage (?userId=)",
    ...requires(),
    description: "The key itself needs `api_keys:create` for its owner's keys, `api_keys:manage` for another user's.",
    request: { query: listApiKeysSchema },
    responses: { 200: json(apiKeyPageSchema, "A page of API keys"), ...errors(...LIST_ERRORS) },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const { items, nextCursor } = await list({ actor: c.get("actor"), input: { ...query, cursor: openCursor("api-keys", query.cursor) } });
    return jsonWithETag(c, apiKeyPageSchema.parse({ data: items, next_cursor: sealCursor("api-keys", nextCursor) }));
  },
);
