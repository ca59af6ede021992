// The parts of the OpenAPI document that operations share, each defined once and referenced:
// tags, security schemes, response headers, the error answers, If-None-Match. operation()
// (lib/api/operation.ts) puts the headers on each operation's answers as the server sends them.
import type { OpenAPIHono } from "@hono/zod-openapi";
import { problemSchema } from "./schemas";

type Registry = OpenAPIHono["openAPIRegistry"];

/** The document's tags; each operation names one (Spectral checks it is defined here). */
export const TAGS = [
  { name: "Me", description: "The calling key, its owner and what the key may do now." },
  { name: "Users", description: "People who sign in to the console and own API keys." },
  { name: "Groups", description: "Groups grant permissions to their members; Administrators holds every permission." },
  { name: "Audit", description: "Who changed what, newest first." },
  { name: "API keys", description: "Personal API keys: one's own, or anyone's with `api_keys:manage`." },
  { name: "Services", description: "Services that trust Latchkey's keys, and the `<slug>:<name>` permissions each defines." },
  { name: "Verify", description: "For services checking their users' keys in code, with the service's own token (not an API key)." },
];

/** Either scheme will do: the server accepts the key in either header. */
export const SECURITY: Record<string, string[]>[] = [{ apiKey: [] }, { apiKeyHeader: [] }];

/** The verify API's callers: a service's token, in either header (never an API key). */
export const SERVICE_TOKEN_SECURITY: Record<string, string[]>[] = [{ serviceToken: [] }, { serviceTokenHeader: [] }];

const ref = (type: "headers" | "responses" | "parameters", name: string) => ({ $ref: `#/components/${type}/${name}` });

const integer = (minimum: number, maximum: number) => ({ type: "integer" as const, format: "int32", minimum, maximum });
const text = (schema: { maxLength: number; pattern?: string; format?: string; enum?: string[]; examples?: string[] }) => ({ type: "string" as const, ...schema });
const RATE_LIMIT_MAX = 100_000; // the most requests per minute a key's limit or the policy may allow
const AFTER_KEY = "Sent on the answers to requests whose key was verified.";

const HEADERS = {
  "X-Request-Id": {
    description: "The request's id, also `requestId` in problem bodies; the server's log line names it.",
    required: true,
    schema: text({ format: "uuid", maxLength: 36 }),
  },
  "RateLimit-Policy": {
    description: `The key's quota per 60-second window (draft-ietf-httpapi-ratelimit-headers). ${AFTER_KEY}`,
    schema: text({ maxLength: 40, pattern: '^"per-key";q=\\d+;w=60$', examples: ['"per-key";q=600;w=60'] }),
  },
  RateLimit: {
    description: `What is left of the quota (\`r\`) and the seconds until it is whole again (\`t\`). ${AFTER_KEY}`,
    schema: text({ maxLength: 40, pattern: '^"per-key";r=\\d+;t=\\d+$', examples: ['"per-key";r=599;t=60'] }),
  },
  "RateLimit-Limit": { description: `Requests per minute the key may make. ${AFTER_KEY}`, schema: integer(1, RATE_LIMIT_MAX) },
  "RateLimit-Remaining": { description: `Requests left in this window. ${AFTER_KEY}`, schema: integer(0, RATE_LIMIT_MAX) },
  "RateLimit-Reset": { description: `Seconds until the window ends. ${AFTER_KEY}`, schema: integer(0, 60) },
  "Retry-After": { description: "Seconds to wait before trying again.", required: true, schema: integer(1, 3600) },
  "WWW-Authenticate": { description: "How to authenticate: a bearer token (the API key).", required: true, schema: text({ maxLength: 30, enum: ['Bearer realm="latchkey"'] }) },
  ETag: {
    description: "A weak tag of the answer; send it as `If-None-Match` to get 304 while nothing changed.",
    required: true,
    schema: text({ maxLength: 32, pattern: '^W/"[A-Za-z0-9_-]{27}"$' }),
  },
  Location: { description: "The URL of the created resource.", required: true, schema: text({ format: "uri-reference", maxLength: 200 }) },
  "Idempotent-Replayed": {
    description: "Present on the answer to a retry with the same Idempotency-Key: the first answer, sent again.",
    schema: text({ maxLength: 4, enum: ["true"] }),
  },
};
type HeaderName = keyof typeof HEADERS;

const headers = (...names: HeaderName[]) => Object.fromEntries(names.map((name) => [name, ref("headers", name)]));
const RATE_LIMIT_HEADERS: HeaderName[] = ["RateLimit-Policy", "RateLimit", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"];

/**
 * The headers of an answer to `method` with `status`, as the server sends them. A service
 * token's answers (the verify API) carry no key's rate-limit headers and no idempotency.
 */
export function answerHeaders(method: string, status: number, byKey = true) {
  const names: HeaderName[] = ["X-Request-Id"];
  if (status !== 401 && byKey) names.push(...RATE_LIMIT_HEADERS);
  if (status === 401) names.push("WWW-Authenticate");
  if (status === 429 || status === 503) names.push("Retry-After");
  if (method === "get" && (status === 200 || status === 304)) names.push("ETag");
  if (status === 201) names.push("Location");
  if (method === "post" && status < 300 && byKey) names.push("Idempotent-Replayed");
  return headers(...names);
}

const ERROR_ANSWERS = {
  400: ["BadRequest", "The body is not valid JSON, or the cursor is not one this server issued"],
  401: ["Unauthorized", "Missing, malformed or unknown API key (on the verify API: service token, or an API key in its place)"],
  403: ["Forbidden", "Key expired, disabled or revoked; owner disabled; permission missing; or refused"],
  404: ["NotFound", "No such resource, or one this key may not see"],
  409: ["Conflict", "Conflicts with the current state; `code` says how"],
  413: ["ContentTooLarge", "Body larger than 1 MB"],
  415: ["UnsupportedMediaType", "Body is not application/json"],
  422: ["UnprocessableContent", "Invalid input; `errors` lists each field"],
  429: ["TooManyRequests", "Rate limit exceeded; see Retry-After"],
  500: ["InternalServerError", "Something went wrong on the server"],
  503: ["ServiceUnavailable", "The database cannot be reached; see Retry-After"],
} as const;
export type ErrorStatus = keyof typeof ERROR_ANSWERS;

/** A reference to the shared error answer for `status`. */
export const errorAnswer = (status: ErrorStatus) => ref("responses", ERROR_ANSWERS[status][0]);

export const NOT_MODIFIED = { description: "Not modified: the ETag matches `If-None-Match`", headers: answerHeaders("get", 304) };

/** GET operations take If-None-Match (lib/api/conditional-get.ts). */
export const IF_NONE_MATCH = ref("parameters", "IfNoneMatch");

/** Registers the shared parts on the app's registry. */
export function registerSharedParts(registry: Registry): void {
  registry.register("Problem", problemSchema);
  for (const [name, header] of Object.entries(HEADERS)) registry.registerComponent("headers", name, header);
  for (const [status, [name, description]] of Object.entries(ERROR_ANSWERS)) {
    registry.registerComponent("responses", name, {
      description,
      headers: answerHeaders("", Number(status)),
      content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
    });
  }
  registry.registerComponent("parameters", "IfNoneMatch", {
    name: "If-None-Match",
    in: "header",
    required: false,
    description: "The ETag of an earlier answer: 304 while the answer would be the same (`*` is not honoured)",
    schema: text({ maxLength: 1000 }),
  });
  registry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description: "A personal API key from Preferences → API keys: `Authorization: Bearer lk_…`",
  });
  registry.registerComponent("securitySchemes", "apiKeyHeader", {
    type: "apiKey",
    in: "header",
    name: "X-API-Key",
    description: "The same key in `X-API-Key: lk_…`, for clients that cannot send Authorization",
  });
  registry.registerComponent("securitySchemes", "serviceToken", {
    type: "http",
    scheme: "bearer",
    description: "A service's token from its page under Admin → Services: `Authorization: Bearer lks_…`. Only the verify API takes it; an API key there is 401",
  });
  registry.registerComponent("securitySchemes", "serviceTokenHeader", {
    type: "apiKey",
    in: "header",
    name: "X-API-Key",
    description: "The same service token in `X-API-Key: lks_…`",
  });
}
