import { createRoute } from "@hono/zod-openapi";
import { groupPermissionsBodySchema, groupPermissionsSchema } from "@/lib/groups/api-schemas";
import { setGroupPermissions as set } from "@/lib/groups/set-group-permissions";
import { BODY_ERRORS, errors, json, jsonBody, operation, requires } from "../../operation";
import { idParams } from "../params";

export const setGroupPermissions = operation(
  createRoute({
    method: "put",
    path: "/groups/{id}/permissions",
    operationId: "setGroupPermissions",
    tags: ["Groups"],
    summary: "Replace the group's permissions with exactly the given set",
    ...requires("groups:write"),
    request: { params: idParams, body: jsonBody(groupPermissionsBodySchema) },
    responses: { 200: json(groupPermissionsSchema, "The group's permissions now"), ...errors(...BODY_ERRORS, 404, 409) },
  }),
  async (c) => {
    const { permissions } = c.req.valid("json");
    const result = await set({ actor: c.get("actor"), input: { groupId: c.req.valid("param").id, permissions } });
    return c.json(groupPermissionsSchema.parse(result), 200);
  },
);
