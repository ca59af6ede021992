import { createRoute } from "@hono/zod-openapi";
import { createdUserSchema, createUserBodySchema } from "@/lib/users/api-schemas";
import { createUser as create } from "@/lib/users/create-user";
import { BODY_ERRORS, errors, json, jsonBody, operation, requires } from "../../operation";

export const createUser = operation(
  createRoute({
    method: "post",
    path: "/users",
    operationId: "createUser",
    tags: ["Users"],
    summary: "Create a user",
    ...requires("users:write"),
    request: { body: jsonBody(createUserBodySchema) },
    responses: { 201: json(createdUserSchema, "The user, and the generated password when none was given"), ...errors(...BODY_ERRORS, 409) },
  }),
  async (c) => {
    const result = await create({ actor: c.get("actor"), input: c.req.valid("json") });
    return c.json(createdUserSchema.parse(result), 201, { Location: `/api/v1/users/${result.user.id}` });
  },
);
