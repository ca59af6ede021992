import "server-only";
import { authenticateApiKey } from "@/lib/api-keys/verify";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { clientIp } from "@/lib/client-ip";
import type { Permission } from "@/lib/permissions/catalogue";
import { problemFor, problemResponse } from "./problem";

type RouteContext<Params> = { params: Promise<Params> };
export type ApiContext<Params> = { request: Request; actor: Actor; params: Params };

/**
 * The one wrapper of every key-authenticated /api/v1 route: authenticates the key, checks
 * the permission, runs the handler and turns domain errors into problem+json. A handler
 * returns a Response, or data to send as JSON with status 200.
 */
export function withApiKey<Params = Record<string, never>>(
  options: { permission?: Permission },
  handler: (context: ApiContext<Params>) => Promise<Response | object>,
) {
  return async (request: Request, context: RouteContext<Params>): Promise<Response> => {
    try {
      const actor = await authenticateApiKey(request.headers, clientIp(request.headers));
      if (options.permission) requirePermission(actor, options.permission);
      const result = await handler({ request, actor, params: await context.params });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      const mapped = problemFor(error);
      if (mapped) return problemResponse(mapped.problem, mapped.headers);
      console.error("API request failed:", request.method, new URL(request.url).pathname, error);
      return problemResponse({ title: "Internal Server Error", status: 500, detail: "Something went wrong on our side." });
    }
  };
}
