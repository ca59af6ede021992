import { createRoute, type z } from "@hono/zod-openapi";
import { errors, json, operation, requires } from "../operation";
import { meSchema } from "@/lib/api-keys/api-schemas";
import { jsonWithETag } from "../conditional-get";

export const getMe = operation(
  createRoute({
    method: "get",
    path: "/me",
    operationId: "getMe",
    tags: ["Me"],
    summary: "The key's owner and what the key may do now",
    ...requires(),
    responses: { 200: json(meSchema, "The key's owner and its effective permissions"), ...errors() },
  }),
  (c) => {
    const actor = c.get("actor");
    // Built field by field from the verified actor, so typed rather than parsed: the answer
    // of the API's hottest read is not worth a schema pass (the API tests validate answers).
    const me: z.infer<typeof meSchema> = { id: actor.userId, email: actor.email, name: actor.name, keyId: actor.keyId!, permissions: [...actor.permissions].sort() };
    return jsonWithETag(c, me);
  },
);
