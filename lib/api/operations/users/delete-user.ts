import { createRoute } from "@hono/zod-openapi";
import { deleteUser as remove } from "@/lib/users/delete-user";
import { NO_CONTENT, errors, operation, requires } from "../../operation";
import { idParams } from "../params";

export const deleteUser = operation(
  createRoute({
    method: "delete",
    path: "/users/{id}",
    operationId: "deleteUser",
    tags: ["Users"],
    summary: "Delete a user (their keys are revoked; their audit history stays)",
    ...requires("users:write"),
    request: { params: idParams },
    responses: { 204: NO_CONTENT, ...errors(404, 409) },
  }),
  async (c) => {
    await remove({ actor: c.get("actor"), input: { userId: c.req.valid("param").id } });
    return c.body(null, 204);
  },
);
