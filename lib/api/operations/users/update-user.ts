import { createRoute } from "@hono/zod-openapi";
import { updateUserBodySchema, userDetailSchema } from "@/lib/users/api-schemas";
import { updateUser as update } from "@/lib/users/update-user";
import { BODY_ERRORS, errors, json, jsonBody, operation, requires } from "../../operation";
import { idParams } from "../params";
import { userDetail } from "./user-detail";

export const updateUser = operation(
  createRoute({
    method: "patch",
    path: "/users/{id}",
    operationId: "updateUser",
    tags: ["Users"],
    summary: "Change a user's name, email, status or password (all given fields in one transaction, or none)",
    ...requires("users:write"),
    request: { params: idParams, body: jsonBody(updateUserBodySchema) },
    responses: { 200: json(userDetailSchema, "The user as changed"), ...errors(...BODY_ERRORS, 404, 409) },
  }),
  async (c) => {
    const user = await update({ actor: c.get("actor"), input: { userId: c.req.valid("param").id, ...c.req.valid("json") } });
    return c.json(userDetail(user), 200);
  },
);
