import "server-only";
// The API app: every /api/v1 operation (lib/api/operations), the OpenAPI document generated
// from them, /api/health and the proxies' /api/forward-auth (lib/api/forward-auth.ts). server/index.ts hands these paths to it straight from
// node:http, ahead of Next.js, with the security headers and the request id already set
// (docs/architecture.md "Request path").
import { randomUUID } from "node:crypto";
import { OpenAPIHono } from "@hono/zod-openapi";
import { Hono, type Context, type ErrorHandler, type NotFoundHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { databaseIsUp } from "@/lib/db/health";
import { BadRequestError, NotFoundError } from "@/lib/errors";
import { REQUEST_ID_HEADER } from "@/lib/http/database-failures";
import type { ApiEnv } from "./env";
import { FORWARD_AUTH_PATH, forwardAuth } from "./forward-auth";
import { SECURITY, TAGS, registerSharedParts } from "./openapi-parts";
import { operations } from "./operations";
import { problemFor, problemJson, type Problem } from "./problem";
import { MAX_BODY_BYTES } from "./request";
import { allowedMethods } from "./routes";

const DOCUMENT_INFO = {
  title: "Latchkey API",
  version: "1",
  description:
    "Manage Latchkey's users, groups and API keys from programs. Authenticate with a personal API key: " +
    "`Authorization: Bearer lk_…` (or `X-API-Key`). A key never grants more than its owner holds now. " +
    "Errors are `application/problem+json`. Lists are cursor-paginated: `?limit=` (≤ 100) and `?cursor=` from `next_cursor`. " +
    "Every authenticated answer carries the rate-limit headers `RateLimit-Policy` and `RateLimit` (and `RateLimit-Limit`, `-Remaining`, `-Reset`).",
};

// Relative: the instance that serves the document. Self-hosted, it is whichever environment
// its operator runs (OWASP's inventory rules ask servers to say so).
const SERVER = { url: "/api/v1", description: "This Latchkey instance (local, staging or production alike)", "x-internal": false };

function problemAnswer(c: Context, problem: Problem, headers: Record<string, string> = {}): Response {
  return c.body(problemJson(problem, c.get("requestId")), problem.status as 400, { ...headers, "Content-Type": "application/problem+json" });
}

// What Hono itself refuses before a handler runs (a body that is not JSON or not JSON at all).
const HTTP_EXCEPTIONS: Record<number, BadRequestError> = {
  400: new BadRequestError("The body is not valid JSON."),
  415: new BadRequestError("Send the body as application/json.", 415),
};

const onError: ErrorHandler<ApiEnv> = (error, c) => {
  const known = error instanceof HTTPException ? (HTTP_EXCEPTIONS[error.status] ?? error) : error;
  const mapped = problemFor(known);
  if (mapped) return problemAnswer(c, mapped.problem, mapped.headers);
  console.error(`API request ${c.get("requestId")} failed:`, c.req.method, c.req.path, error);
  return problemAnswer(c, { code: "internal_error", title: "Internal Server Error", status: 500, detail: "Something went wrong on our side." });
};

/** No operation at this path and method: 404, or 405 with Allow (OPTIONS: 204 with Allow). */
const notFound: NotFoundHandler<ApiEnv> = (c) => {
  const allowed = allowedMethods(c.req.path);
  if (!allowed) return problemAnswer(c, { code: "not_found", title: "Not Found", status: 404, detail: `No API route at ${c.req.path}.` });
  if (c.req.method === "OPTIONS") return c.body(null, 204, { Allow: allowed.join(", ") });
  return problemAnswer(
    c,
    { code: "method_not_allowed", title: "Method Not Allowed", status: 405, detail: `${c.req.method} is not allowed on ${c.req.path}; use ${allowed.join(", ")}.` },
    { Allow: allowed.join(", ") },
  );
};

function createV1(): OpenAPIHono<ApiEnv> {
  // Invalid input (query, headers or body) becomes 422 problem+json through onError; an id in
  // the path that cannot be one (too long, control characters) names nothing: 404.
  const v1 = new OpenAPIHono<ApiEnv>({
    strict: false,
    defaultHook: (result) => {
      if (result.success) return;
      if (result.target === "param") throw new NotFoundError("Resource");
      throw result.error;
    },
  });
  v1.onError(onError);
  v1.notFound(notFound);
  // Only where a body is expected: bodyLimit reads `request.body`, which makes the adapter
  // build a full fetch Request (and a stream) that a GET never needs.
  v1.on(
    ["POST", "PUT", "PATCH", "DELETE"],
    "*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new BadRequestError("The body is larger than 1 MB.", 413);
      },
    }),
  );
  for (const operation of operations) operation.register(v1);
  registerSharedParts(v1.openAPIRegistry);
  v1.get("/openapi.json", (c) => c.json(openApiDocument(), 200, { "Cache-Control": "public, max-age=300" }));
  return v1;
}

const v1 = createV1();

let document: ReturnType<typeof v1.getOpenAPI31Document> | undefined;

/** The OpenAPI 3.1 document, generated from the operations' definitions. */
export function openApiDocument() {
  document ??= v1.getOpenAPI31Document({ openapi: "3.1.0", info: DOCUMENT_INFO, servers: [SERVER], security: SECURITY, tags: TAGS });
  return document;
}

export const apiApp = new Hono<ApiEnv>({ strict: false })
  // The request's id, for problem bodies and error log lines: the one server/index.ts gave it
  // (and answers as X-Request-Id, beside the security headers), or a new one in-process.
  .use(async (c, next) => {
    c.set("requestId", c.req.header(REQUEST_ID_HEADER) ?? randomUUID());
    await next();
  })
  .get("/api/health", async (c) => {
    const up = await databaseIsUp();
    return c.json({ status: up ? "ok" : "error", database: up ? "ok" : "down" }, up ? 200 : 503, { "Cache-Control": "no-store" });
  })
  // Any method, and any path below: Envoy's ext_authz asks with the original request's
  // method at /api/forward-auth<original path>.
  .all(FORWARD_AUTH_PATH, forwardAuth)
  .all(`${FORWARD_AUTH_PATH}/*`, forwardAuth)
  .route("/api/v1", v1);
apiApp.onError(onError);
apiApp.notFound(notFound);
