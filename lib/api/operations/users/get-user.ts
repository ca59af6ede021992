import { createRoute } from "@hono/zod-openapi";
import { NotFoundError } from "@/lib/errors";
import { userDetailSchema } from "@/lib/users/api-schemas";
import { getUserDetail } from "@/lib/users/queries";
import { errors, json, operation, requires } from "../../operation";
import { idParams } from "../params";
import { userDetail } from "./user-detail";
import { jsonWithETag } from "../../conditional-get";

export const getUser = operation(
  createRoute({
    method: "get",
    path: "/users/{id}",
    operationId: "getUser",
    tags: ["Users"],
    summary: "A user with their groups and effective permissions",
    ...requires("users:read"),
    request: { params: idParams },
    responses: { 200: json(userDetailSchema, "The user"), ...errors(404) },
  }),
  async (c) => {
    const user = await getUserDetail({ actor: c.get("actor"), userId: c.req.valid("param").id });
    if (!user) throw new NotFoundError("User");
    return jsonWithETag(c, userDetail(user));
  },
);
