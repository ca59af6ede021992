import { createRoute } from "@hono/zod-openapi";
import { toServiceAnswer, servicePermissionsBodySchema, serviceSchema } from "@/lib/services/api-schemas";
import { setServicePermissions as set } from "@/lib/services/set-service-permissions";
import { BODY_ERRORS, errors, json, jsonBody, operation, requires } from "../../operation";
import { idParams } from "../params";

export const setServicePermissions = operation(
  createRoute({
    method: "put",
    path: "/services/{id}/permissions",
    operationId: "setServicePermissions",
    tags: ["Services"],
    summary: "Replace the service's permissions with exactly the given set; those left out leave every group and key",
    ...requires("services:write"),
    request: { params: idParams, body: jsonBody(servicePermissionsBodySchema) },
    responses: { 200: json(serviceSchema, "The service with its permissions now"), ...errors(...BODY_ERRORS, 404) },
  }),
  async (c) => {
    const service = await set({ actor: c.get("actor"), input: { serviceId: c.req.valid("param").id, ...c.req.valid("json") } });
    return c.json(serviceSchema.parse(toServiceAnswer(service)), 200);
  },
);
