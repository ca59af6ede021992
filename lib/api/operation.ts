// The parts every /api/v1 operation's definition shares. An operation file declares its
// route once with `createRoute({ ...requires(permission), request, responses })` and its
// handler; the handler's validation, the OpenAPI document and the authorization-matrix test
// all read that one object.
import type { OpenAPIHono, RouteConfig, RouteHandler } from "@hono/zod-openapi";
import type { z } from "zod";
import type { Permission } from "@/lib/permissions/catalogue";
import { authenticate } from "./authenticate";
import { idempotencyHeaders, idempotent } from "./idempotency";
import type { ApiEnv } from "./env";
import { problemSchema } from "./schemas";

/** The extension naming an operation's permission in the document (and for the tests). */
export const PERMISSION_EXTENSION = "x-latchkey-permission";

/** Authenticated by a key that holds `permission` (or any valid key when undefined). */
export function requires(permission?: Permission) {
  return {
    middleware: [authenticate(permission)],
    ...(permission ? { description: `Needs the \`${permission}\` permission.`, [PERMISSION_EXTENSION]: permission } : {}),
  };
}

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: problemSchema } } });

const ERRORS = {
  400: "Malformed JSON",
  404: "Not found",
  409: "Conflicts with the current state",
  413: "Body larger than 1 MB",
  415: "Body is not application/json",
  422: "Invalid input; `errors` lists each field",
} as const;
type ErrorStatus = keyof typeof ERRORS;

/** The error answers of an operation: those of every authenticated one, plus `statuses`. */
export function errors(...statuses: ErrorStatus[]) {
  return {
    401: problem("Missing, malformed or unknown API key"),
    403: problem("Key expired, disabled or revoked; owner disabled; or permission missing"),
    429: problem("Rate limit exceeded; see Retry-After"),
    ...Object.fromEntries(statuses.map((status) => [status, problem(ERRORS[status])])),
  } as Record<401 | 403 | 429, ReturnType<typeof problem>>;
}

/** The errors a JSON body can cause, for operations that take one. */
export const BODY_ERRORS: ErrorStatus[] = [400, 413, 415, 422];

/** A JSON request body (required: a write without one is refused). */
export function jsonBody<S extends z.ZodType>(schema: S) {
  return { required: true, content: { "application/json": { schema } } } as const;
}

/** A JSON answer. */
export function json<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { "application/json": { schema } } } as const;
}

/** A 201 answer: the created resource, and its URL in Location. */
export function created<S extends z.ZodType>(schema: S, description: string) {
  return { ...json(schema, description), headers: { Location: { description: "The URL of the created resource", schema: { type: "string" as const } } } };
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
  permission?: Permission;
  body?: z.ZodType;
  register(app: OpenAPIHono<ApiEnv>): void;
};

/** POST operations also take an Idempotency-Key (lib/api/idempotency.ts). */
export function operation<R extends RouteConfig>(route: R, handler: RouteHandler<R, ApiEnv>): Operation {
  const content = route.request?.body?.content["application/json"];
  if (route.method === "post") {
    route.request = { ...route.request, headers: idempotencyHeaders };
    const run = handler;
    handler = ((c, next) => idempotent(c, async () => (await run(c, next)) as Response)) as typeof handler;
  }
  return {
    route,
    method: route.method,
    path: route.path,
    permission: (route as { [PERMISSION_EXTENSION]?: Permission })[PERMISSION_EXTENSION],
    body: content && "schema" in content ? (content.schema as z.ZodType) : undefined,
    register: (app) => app.openapi(route, handler),
  };
}
