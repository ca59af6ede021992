import { createRoute } from "@hono/zod-openapi";
import { deleteGroup as remove } from "@/lib/groups/delete-group";
import { NO_CONTENT, errors, operation, requires } from "../../operation";
import { idParams } from "../params";

export const deleteGroup = operation(
  createRoute({
    method: "delete",
    path: "/groups/{id}",
    operationId: "deleteGroup",
    tags: ["Groups"],
    summary: "Delete a group (not Administrators)",
    ...requires("groups:write"),
    request: { params: idParams },
    responses: { 204: NO_CONTENT, ...errors(404, 409) },
  }),
  async (c) => {
    await remove({ actor: c.get("actor"), input: { groupId: c.req.valid("param").id } });
    return c.body(null, 204);
  },
);
