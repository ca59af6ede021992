import { createRoute } from "@hono/zod-openapi";
import { createServiceBodySchema, toServiceAnswer, serviceSchema } from "@/lib/services/api-schemas";
import { createService as create } from "@/lib/services/create-service";
import { BODY_ERRORS, errors, json, jsonBody, operation, requires } from "../../operation";

export const createService = operation(
  createRoute({
    method: "post",
    path: "/services",
    operationId: "createService",
    tags: ["Services"],
    summary: "Register a service and its permissions (Administrators hold them at once)",
    ...requires("services:write"),
    request: { body: jsonBody(createServiceBodySchema) },
    responses: { 201: json(serviceSchema, "The service"), ...errors(...BODY_ERRORS, 409) },
  }),
  async (c) => {
    const service = await create({ actor: c.get("actor"), input: c.req.valid("json") });
    return c.json(serviceSchema.parse(toServiceAnswer(service)), 201, { Location: `/api/v1/services/${service.id}` });
  },
);
