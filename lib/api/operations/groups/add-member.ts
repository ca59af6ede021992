import { createRoute } from "@hono/zod-openapi";
import { memberParamsSchema } from "@/lib/groups/api-schemas";
import { addMembers } from "@/lib/groups/members";
import { NO_CONTENT, errors, operation, requires } from "../../operation";

export const addGroupMember = operation(
  createRoute({
    method: "put",
    path: "/groups/{id}/members/{userId}",
    operationId: "addGroupMember",
    tags: ["Groups"],
    summary: "Add a member (idempotent)",
    ...requires("groups:write"),
    request: { params: memberParamsSchema },
    responses: { 204: NO_CONTENT, ...errors(404) },
  }),
  async (c) => {
    const { id, userId } = c.req.valid("param");
    await addMembers({ actor: c.get("actor"), input: { groupId: id, userIds: [userId] } });
    return c.body(null, 204);
  },
);
