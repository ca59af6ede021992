import { createRoute } from "@hono/zod-openapi";
import { deleteService as remove } from "@/lib/services/delete-service";
import { NO_CONTENT, errors, operation, requires } from "../../operation";
import { idParams } from "../params";

export const deleteService = operation(
  createRoute({
    method: "delete",
    path: "/services/{id}",
    operationId: "deleteService",
    tags: ["Services"],
    summary: "Delete a service: groups' grants and keys' scopes of its permissions go with it",
    ...requires("services:write"),
    request: { params: idParams },
    responses: { 204: NO_CONTENT, ...errors(404) },
  }),
  async (c) => {
    await remove({ actor: c.get("actor"), input: { serviceId: c.req.valid("param").id } });
    return c.body(null, 204);
  },
);
