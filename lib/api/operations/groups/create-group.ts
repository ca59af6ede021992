import { createRoute } from "@hono/zod-openapi";
import { createGroupBodySchema, groupSchema } from "@/lib/groups/api-schemas";
import { createGroup as create } from "@/lib/groups/create-group";
import { BODY_ERRORS, errors, json, jsonBody, operation, requires } from "../../operation";

export const createGroup = operation(
  createRoute({
    method: "post",
    path: "/groups",
    operationId: "createGroup",
    tags: ["Groups"],
    summary: "Create a group",
    ...requires("groups:write"),
    request: { body: jsonBody(createGroupBodySchema) },
    responses: { 201: json(groupSchema, "The group"), ...errors(...BODY_ERRORS, 409) },
  }),
  async (c) => {
    const group = await create({ actor: c.get("actor"), input: c.req.valid("json") });
    return c.json(groupSchema.parse(group), 201, { Location: `/api/v1/groups/${group.id}` });
  },
);
