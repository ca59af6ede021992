import { createRoute } from "@hono/zod-openapi";
import { toServiceAnswer, serviceSchema, updateServiceBodySchema } from "@/lib/services/api-schemas";
import { updateService as update } from "@/lib/services/update-service";
import { BODY_ERRORS, errors, json, jsonBody, operation, requires } from "../../operation";
import { idParams } from "../params";

export const updateService = operation(
  createRoute({
    method: "patch",
    path: "/services/{id}",
    operationId: "updateService",
    tags: ["Services"],
    summary: "Rename a service or change its description (the slug is fixed)",
    ...requires("services:write"),
    request: { params: idParams, body: jsonBody(updateServiceBodySchema) },
    responses: { 200: json(serviceSchema, "The service as changed"), ...errors(...BODY_ERRORS, 404) },
  }),
  async (c) => {
    const service = await update({ actor: c.get("actor"), input: { serviceId: c.req.valid("param").id, ...c.req.valid("json") } });
    return c.json(serviceSchema.parse(toServiceAnswer(service)), 200);
  },
);
