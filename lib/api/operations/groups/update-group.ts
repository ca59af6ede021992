import { createRoute } from "@hono/zod-openapi";
import { groupSchema, updateGroupBodySchema } from "@/lib/groups/api-schemas";
import { updateGroup as update } from "@/lib/groups/update-group";
import { BODY_ERRORS, errors, json, jsonBody, operation, requires } from "../../operation";
import { idParams } from "../params";

export const updateGroup = operation(
  createRoute({
    method: "patch",
    path: "/groups/{id}",
    operationId: "updateGroup",
    tags: ["Groups"],
    summary: "Rename a group or change its description",
    ...requires("groups:write"),
    request: { params: idParams, body: jsonBody(updateGroupBodySchema) },
    responses: { 200: json(groupSchema, "The group as changed"), ...errors(...BODY_ERRORS, 404, 409) },
  }),
  async (c) => {
    const group = await update({ actor: c.get("actor"), input: { groupId: c.req.valid("param").id, ...c.req.valid("json") } });
    return c.json(groupSchema.parse(group), 200);
  },
);
