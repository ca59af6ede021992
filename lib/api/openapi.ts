// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers use.
// Each route handler's operation is listed here once; tests/integration/openapi.test.ts
// fails when a route file exports a method this list does not describe.
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { listApiKeysSchema } from "@/lib/api-keys/schemas";
import { auditEventSchema, listAuditEventsQuerySchema } from "@/lib/audit/api-schemas";
import {
  createGroupBodySchema,
  groupPermissionsBodySchema,
  groupPermissionsSchema,
  groupSchema,
  listGroupsQuerySchema,
  memberParamsSchema,
  updateGroupBodySchema,
} from "@/lib/groups/api-schemas";
import { createdUserSchema, createUserBodySchema, listUsersQuerySchema, updateUserBodySchema, userDetailSchema, userSchema } from "@/lib/users/api-schemas";
import type { Permission } from "@/lib/permissions/catalogue";
import { apiKeySchema, meSchema, pageOf, problemSchema } from "./schemas";

export type Operation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI path under /api/v1, e.g. /users/{id}. */
  path: string;
  summary: string;
  tag: string;
  permission?: Permission;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The success answer: a schema (200, or `status`) or null for 204. */
  response: z.ZodType | null;
  status?: 200 | 201;
  /** Statuses beyond those every authenticated route can answer. */
  errors?: (400 | 404 | 409 | 413 | 415 | 422)[];
};

const idParam = (name = "id") => z.object({ [name]: z.string().meta({ description: "Resource id" }) });

export const operations: Operation[] = [
  { method: "get", path: "/me", tag: "Me", summary: "The key's owner and what the key may do now", response: meSchema },
  { method: "get", path: "/users", tag: "Users", summary: "List users (search with ?q=, filter by ?status=)", permission: "users:read", query: listUsersQuerySchema, response: pageOf(userSchema), errors: [422] },
  { method: "post", path: "/users", tag: "Users", summary: "Create a user", permission: "users:write", body: createUserBodySchema, response: createdUserSchema, status: 201, errors: [409] },
  { method: "get", path: "/users/{id}", tag: "Users", summary: "A user with their groups and effective permissions", permission: "users:read", params: idParam(), response: userDetailSchema, errors: [404] },
  { method: "patch", path: "/users/{id}", tag: "Users", summary: "Change a user's name, email, status or password", permission: "users:write", params: idParam(), body: updateUserBodySchema, response: userDetailSchema, errors: [404, 409] },
  { method: "delete", path: "/users/{id}", tag: "Users", summary: "Delete a user (their keys are revoked; their audit history stays)", permission: "users:write", params: idParam(), response: null, errors: [404, 409] },
  { method: "get", path: "/groups", tag: "Groups", summary: "List groups with member counts (search with ?q=)", permission: "groups:read", query: listGroupsQuerySchema, response: pageOf(groupSchema), errors: [422] },
  { method: "post", path: "/groups", tag: "Groups", summary: "Create a group", permission: "groups:write", body: createGroupBodySchema, response: groupSchema, status: 201, errors: [409] },
  { method: "get", path: "/groups/{id}", tag: "Groups", summary: "A group", permission: "groups:read", params: idParam(), response: groupSchema, errors: [404] },
  { method: "patch", path: "/groups/{id}", tag: "Groups", summary: "Rename a group or change its description", permission: "groups:write", params: idParam(), body: updateGroupBodySchema, response: groupSchema, errors: [404, 409] },
  { method: "delete", path: "/groups/{id}", tag: "Groups", summary: "Delete a group (not Administrators)", permission: "groups:write", params: idParam(), response: null, errors: [404, 409] },
  { method: "put", path: "/groups/{id}/members/{userId}", tag: "Groups", summary: "Add a member (idempotent)", permission: "groups:write", params: memberParamsSchema, response: null, errors: [404] },
  { method: "delete", path: "/groups/{id}/members/{userId}", tag: "Groups", summary: "Remove a member (never the last active administrator)", permission: "groups:write", params: memberParamsSchema, response: null, errors: [404, 409] },
  { method: "put", path: "/groups/{id}/permissions", tag: "Groups", summary: "Replace the group's permissions", permission: "groups:write", params: idParam(), body: groupPermissionsBodySchema, response: groupPermissionsSchema, errors: [404, 409] },
  { method: "get", path: "/audit-events", tag: "Audit", summary: "Audit events, newest first", permission: "audit:read", query: listAuditEventsQuerySchema, response: pageOf(auditEventSchema), errors: [422] },
  {
    method: "get",
    path: "/api-keys",
    tag: "API keys",
    summary: "The caller's API keys, or another user's with api_keys:manage (?userId=)",
    query: listApiKeysSchema,
    response: pageOf(apiKeySchema),
    errors: [422],
  },
  {
    method: "delete",
    path: "/api-keys/{id}",
    tag: "API keys",
    summary: "Revoke an API key (one's own, or any with api_keys:manage)",
    params: idParam(),
    response: apiKeySchema,
    errors: [404],
  },
];

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: problemSchema } } });
const ERROR_DESCRIPTIONS = {
  400: "Malformed JSON",
  404: "Not found",
  409: "Conflicts with the current state",
  413: "Body larger than 1 MB",
  415: "Body is not application/json",
  422: "Invalid input; `errors` lists each field",
} as const;

function describe(operation: Operation): ZodOpenApiOperationObject {
  const success = operation.response
    ? { description: "Success", content: { "application/json": { schema: operation.response } } }
    : { description: "Done, nothing to return" };
  const errors = Object.fromEntries(
    [...(operation.body ? ([400, 413, 415, 422] as const) : []), ...(operation.errors ?? [])].map((status) => [status, problem(ERROR_DESCRIPTIONS[status])]),
  );
  return {
    summary: operation.summary,
    tags: [operation.tag],
    description: operation.permission ? `Needs the \`${operation.permission}\` permission.` : undefined,
    requestParams: { ...(operation.params && { path: operation.params }), ...(operation.query && { query: operation.query }) },
    requestBody: operation.body ? { content: { "application/json": { schema: operation.body } } } : undefined,
    responses: {
      [operation.response ? (operation.status ?? 200) : 204]: success,
      401: problem("Missing, malformed or unknown API key"),
      403: problem("Key expired, disabled or revoked; owner disabled; or permission missing"),
      429: problem("Rate limit exceeded; see Retry-After"),
      ...errors,
    },
  };
}

let cached: ReturnType<typeof createDocument> | undefined;

export function openApiDocument() {
  if (cached) return cached;
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of operations) {
    paths[operation.path] = { ...paths[operation.path], [operation.method]: describe(operation) };
  }
  cached = createDocument({
    openapi: "3.1.0",
    info: {
      title: "Latchkey API",
      version: "1",
      description:
        "Manage Latchkey's users, groups and API keys from programs. Authenticate with a personal API key: " +
        "`Authorization: Bearer lk_…` (or `X-API-Key`). A key never grants more than its owner holds now. " +
        "Errors are `application/problem+json`. Lists are cursor-paginated: `?limit=` (≤ 100) and `?cursor=` from `next_cursor`. " +
        "Every authenticated answer carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "A personal API key from Preferences → API keys" },
      },
    },
    paths,
  });
  return cached;
}
