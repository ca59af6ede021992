import { createRoute } from "@hono/zod-openapi";
import { clientIp } from "@/lib/client-ip";
import { verifyKeyForService } from "@/lib/services/verify-key";
import { verifyKeyAnswerSchema, verifyKeyBodySchema } from "@/lib/services/verify-schemas";
import { BODY_ERRORS, errors, json, jsonBody, operation, requiresServiceToken } from "../../operation";

export const verifyKey = operation(
  createRoute({
    method: "post",
    path: "/keys/verify",
    operationId: "verifyKey",
    tags: ["Verify"],
    summary: "Check an API key a service's caller presented, for that service",
    ...requiresServiceToken(),
    description:
      "Authenticated by the service's token (`lks_…`), never by an API key. Answers 200 for every outcome for the key " +
      "(`code`: VALID, NOT_FOUND, EXPIRED, DISABLED, REVOKED, OWNER_DISABLED, INSUFFICIENT_PERMISSIONS, RATE_LIMITED); " +
      "a valid key's check counts against its rate limit. `permission` must be one the token's service defines: " +
      "another service's is 403, an undefined one 422.",
    request: { body: jsonBody(verifyKeyBodySchema) },
    responses: { 200: json(verifyKeyAnswerSchema, "What the check found"), ...errors(...BODY_ERRORS) },
  }),
  async (c) => {
    const answer = await verifyKeyForService({ service: c.get("service"), input: c.req.valid("json"), ip: clientIp(c.req.raw.headers) });
    return c.json(verifyKeyAnswerSchema.parse(answer), 200);
  },
);
