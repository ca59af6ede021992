// The parts every /api/v1 operation's definition shares. An operation file declares its
// route once with `createRoute({ ...requires(permission), request, responses })` and its
// handler; the handler's validation, the OpenAPI document and the authorization-matrix test
// all read that one object.
import type { OpenAPIHono, RouteConfig, RouteHandler } from "@hono/zod-openapi";
import type { z } from "zod";
import type { BuiltInPermission } from "@/lib/permissions/catalogue";
import { authenticate } from "./authenticate";
import { authenticateService } from "./authenticate-service";
import { idempotencyHeaders, idempotent } from "./idempotency";
import type { ApiEnv } from "./env";
import { IF_NONE_MATCH, NOT_MODIFIED, SERVICE_TOKEN_SECURITY, answerHeaders, errorAnswer, type ErrorStatus } from "./openapi-parts";

/** The extension naming an operation's permissions in the document (and for the tests): any one of them will do. */
export const PERMISSION_EXTENSION = "x-latchkey-permissions";

/** The extension marking an operation that a service calls with its token, not a key. */
export const SERVICE_TOKEN_EXTENSION = "x-latchkey-service-token";

/** How an operation's caller authenticates: a personal API key, or a service's token. */
export type Authentication = "api-key" | "service-token";

/** Authenticated by a key that holds one of `anyOf` (any valid key when none is named). */
export function requires(...anyOf: BuiltInPermission[]) {
  return {
    middleware: [authenticate(anyOf)],
    ...(anyOf.length
      ? { description: `Needs the ${anyOf.map((permission) => `\`${permission}\``).join(" or ")} permission.`, [PERMISSION_EXTENSION]: anyOf }
      : { description: "Any valid key." }),
  };
}

/**
 * Authenticated by a service token (lib/api/authenticate-service.ts), never by an API key:
 * the document gives the operation its own security schemes.
 */
export function requiresServiceToken() {
  return {
    middleware: [authenticateService()],
    security: SERVICE_TOKEN_SECURITY,
    [SERVICE_TOKEN_EXTENSION]: true,
  };
}

/** The error answers of an operation: those every authenticated one can give, plus `statuses`. */
export function errors(...statuses: ErrorStatus[]) {
  const all: ErrorStatus[] = [401, 403, 429, 500, 503, ...statuses];
  return Object.fromEntries(all.sort((a, b) => a - b).map((status) => [status, errorAnswer(status)])) as Record<401 | 403 | 429 | 500 | 503, ReturnType<typeof errorAnswer>>;
}

/** The errors a JSON body can cause, for operations that take one. */
export const BODY_ERRORS: ErrorStatus[] = [400, 413, 415, 422];

/** The errors of a cursor-paginated list: a cursor this server did not issue (400), invalid parameters (422). */
export const LIST_ERRORS: ErrorStatus[] = [400, 422];

/** A JSON request body (required: a write without one is refused). */
export function jsonBody<S extends z.ZodType>(schema: S) {
  return { required: true, content: { "application/json": { schema } } } as const;
}

/** A JSON answer. */
export function json<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { "application/json": { schema } } } as const;
}

export const NO_CONTENT = { description: "Done, nothing to return" } as const;

/**
 * An operation: its route (the one definition), what the tests and the 405 answers read of
 * it, and how it joins the app with its handler.
 */
export type Operation = {
  route: RouteConfig;
  method: RouteConfig["method"];
  path: string;
  /** Any one of them lets a key call the operation; empty: any valid key. */
  permissions: readonly BuiltInPermission[];
  authentication: Authentication;
  body?: z.ZodType;
  register(app: OpenAPIHono<ApiEnv>): void;
};

/**
 * POST operations authenticated by a key also take an Idempotency-Key (lib/api/idempotency.ts;
 * a service token's POST, the verify API, writes nothing to repeat); GET operations take
 * If-None-Match and can answer 304 (lib/api/conditional-get.ts). Every answer is documented
 * with the headers the server sends on it (lib/api/openapi-parts.ts).
 */
export function operation<R extends RouteConfig>(route: R, handler: RouteHandler<R, ApiEnv>): Operation {
  const content = route.request?.body?.content["application/json"];
  const authentication: Authentication = (route as { [SERVICE_TOKEN_EXTENSION]?: boolean })[SERVICE_TOKEN_EXTENSION] ? "service-token" : "api-key";
  if (route.method === "post" && authentication === "api-key") {
    route.request = { ...route.request, headers: idempotencyHeaders };
    const run = handler;
    handler = ((c, next) => idempotent(c, async () => (await run(c, next)) as Response)) as typeof handler;
  }
  if (route.method === "get") {
    (route.parameters ??= []).push(IF_NONE_MATCH);
    route.responses = { ...route.responses, 304: NOT_MODIFIED };
  }
  route.responses = Object.fromEntries(
    Object.entries(route.responses).map(([status, answer]) => [status, "$ref" in answer ? answer : { ...answer, headers: answerHeaders(route.method, Number(status), authentication === "api-key") }]),
  );
  return {
    route,
    method: route.method,
    path: route.path,
    permissions: (route as { [PERMISSION_EXTENSION]?: BuiltInPermission[] })[PERMISSION_EXTENSION] ?? [],
    authentication,
    body: content && "schema" in content ? (content.schema as z.ZodType) : undefined,
    register: (app) => app.openapi(route, handler),
  };
}
