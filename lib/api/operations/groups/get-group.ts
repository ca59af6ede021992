import { createRoute } from "@hono/zod-openapi";
import { NotFoundError } from "@/lib/errors";
import { groupSchema } from "@/lib/groups/api-schemas";
import { getGroup as read } from "@/lib/groups/queries";
import { errors, json, operation, requires } from "../../operation";
import { idParams } from "../params";
import { jsonWithETag } from "../../conditional-get";

export const getGroup = operation(
  createRoute({
    method: "get",
    path: "/groups/{id}",
    operationId: "getGroup",
    tags: ["Groups"],
    summary: "A group",
    ...requires("groups:read"),
    request: { params: idParams },
    responses: { 200: json(groupSchema, "The group"), ...errors(404) },
  }),
  async (c) => {
    const group = await read({ actor: c.get("actor"), groupId: c.req.valid("param").id });
    if (!group) throw new NotFoundError("Group");
    return jsonWithETag(c, groupSchema.parse(group));
  },
);
