import { createRoute } from "@hono/zod-openapi";
import { groupSchema } from "@/lib/groups/api-schemas";
import { errors, json, operation, requires } from "../../operation";
import { idParams } from "../params";
import { groupAnswer } from "./group-answer";

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
  async (c) => c.json(await groupAnswer(c.req.valid("param").id), 200),
);
