import { createRoute } from "@hono/zod-openapi";
import { memberParamsSchema } from "@/lib/groups/api-schemas";
import { removeMember } from "@/lib/groups/members";
import { NO_CONTENT, errors, operation, requires } from "../../operation";

export const removeGroupMember = operation(
  createRoute({
    method: "delete",
    path: "/groups/{id}/members/{userId}",
    operationId: "removeGroupMember",
    tags: ["Groups"],
    summary: "Remove a member (never the last active administrator)",
    ...requires("groups:write"),
    request: { params: memberParamsSchema },
    responses: { 204: NO_CONTENT, ...errors(404, 409) },
  }),
  async (c) => {
    const { id, userId } = c.req.valid("param");
    await removeMember({ actor: c.get("actor"), input: { groupId: id, userId } });
    return c.body(null, 204);
  },
);
