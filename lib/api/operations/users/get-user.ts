import { createRoute } from "@hono/zod-openapi";
import { userDetailSchema } from "@/lib/users/api-schemas";
import { errors, json, operation, requires } from "../../operation";
import { idParams } from "../params";
import { userDetail } from "./user-detail";

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
  async (c) => c.json(await userDetail(c.req.valid("param").id), 200),
);
