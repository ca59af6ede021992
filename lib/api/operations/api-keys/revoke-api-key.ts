import { createRoute } from "@hono/zod-openapi";
import { apiKeySchema } from "@/lib/api-keys/api-schemas";
import { revokeApiKey as revoke } from "@/lib/api-keys/revoke-api-key";
import { errors, json, operation, requires } from "../../operation";
import { idParams } from "../params";

export const revokeApiKey = operation(
  createRoute({
    method: "delete",
    path: "/api-keys/{id}",
    operationId: "revokeApiKey",
    tags: ["API keys"],
    summary: "Revoke an API key (one's own, or any with api_keys:manage); revoking twice changes nothing",
    ...requires(),
    description: "The key itself needs `api_keys:create` to revoke its owner's keys, `api_keys:manage` for another user's.",
    request: { params: idParams },
    responses: { 200: json(apiKeySchema, "The key as revoked"), ...errors(404) },
  }),
  async (c) => c.json(apiKeySchema.parse(await revoke({ actor: c.get("actor"), input: { id: c.req.valid("param").id } })), 200),
);
