import { createRoute } from "@hono/zod-openapi";
import { NotFoundError } from "@/lib/errors";
import { toServiceAnswer, serviceSchema } from "@/lib/services/api-schemas";
import { getService as read } from "@/lib/services/queries";
import { errors, json, operation, requires } from "../../operation";
import { idParams } from "../params";
import { jsonWithETag } from "../../conditional-get";

export const getService = operation(
  createRoute({
    method: "get",
    path: "/services/{id}",
    operationId: "getService",
    tags: ["Services"],
    summary: "A service and its permissions",
    ...requires("services:read", "services:write"),
    request: { params: idParams },
    responses: { 200: json(serviceSchema, "The service"), ...errors(404) },
  }),
  async (c) => {
    const service = await read({ actor: c.get("actor"), serviceId: c.req.valid("param").id });
    if (!service) throw new NotFoundError("Service");
    return jsonWithETag(c, serviceSchema.parse(toServiceAnswer(service)));
  },
);
