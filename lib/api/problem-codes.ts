// What a problem /api/v1 answers holds: its machine-readable `code` (each with its status and
// meaning), its `type`, and how long its texts may be. The Problem schema is made from this,
// and a test checks that docs/api.md's table lists every code. `type` is the code as a URI
// reference into the instance's own API reference, `/docs/api#problem-<code>` (docs/api.md
// "Problems" says why).
import type { ErrorCode } from "@/lib/errors";

/** The codes every error of a class answers when its throw site names no other. */
type GeneralCode =
  | "malformed_json"
  | "body_too_large"
  | "unsupported_media_type"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "conflict"
  | "validation_failed"
  | "rate_limited"
  | "internal_error"
  | "database_unavailable";

export type ProblemCode = GeneralCode | ErrorCode;

export const PROBLEM_CODES: Record<ProblemCode, { status: number; meaning: string }> = {
  malformed_json: { status: 400, meaning: "The body is not valid JSON." },
  invalid_cursor: { status: 400, meaning: "The cursor is not one this server issued (take it from `next_cursor`)." },
  permission_required: { status: 400, meaning: "Forward-auth was asked for no permission, or for one spelt wrong (`?permission=<slug>:<name>` or `X-Latchkey-Permission`)." },
  not_a_service_permission: { status: 400, meaning: "Forward-auth was asked for a permission no registered service defines (Latchkey's own permissions are never granted through it)." },
  unauthorized: { status: 401, meaning: "The API key is missing, malformed or unknown." },
  forbidden: { status: 403, meaning: "The operation is refused (e.g. granting more than one holds)." },
  permission_missing: { status: 403, meaning: "The key lacks the operation's permission (its scopes ∩ its owner's permissions)." },
  key_revoked: { status: 403, meaning: "The API key has been revoked." },
  key_disabled: { status: 403, meaning: "The API key is disabled (its owner or an administrator may enable it again)." },
  key_expired: { status: 403, meaning: "The API key has expired." },
  owner_disabled: { status: 403, meaning: "The API key's owner is disabled." },
  key_bound_to_services: { status: 403, meaning: "The API key is bound to services: it works for them (forward-auth, verify), not for this API." },
  key_not_for_service: { status: 403, meaning: "The API key is bound to other services than the one forward-auth was asked about." },
  not_found: { status: 404, meaning: "No such resource (or one the key may not see), or no such route." },
  method_not_allowed: { status: 405, meaning: "The path does not take this method; `Allow` lists those it takes." },
  conflict: { status: 409, meaning: "The request conflicts with the current state." },
  email_taken: { status: 409, meaning: "Another user has this email address." },
  group_name_taken: { status: 409, meaning: "Another group has this name." },
  slug_taken: { status: 409, meaning: "Another service has this slug." },
  last_administrator: { status: 409, meaning: "The change would leave no active administrator." },
  built_in_group: { status: 409, meaning: "The Administrators group cannot be renamed, deleted or given other permissions." },
  idempotency_key_in_use: { status: 409, meaning: "A request with this Idempotency-Key is still being answered; retry shortly." },
  body_too_large: { status: 413, meaning: "The body is larger than 1 MB." },
  unsupported_media_type: { status: 415, meaning: "The body is not `application/json`." },
  validation_failed: { status: 422, meaning: "The input is invalid; `errors` lists each field." },
  idempotency_key_reused: { status: 422, meaning: "This Idempotency-Key was used with a different request." },
  rate_limited: { status: 429, meaning: "The key's rate limit is used up; see `Retry-After`." },
  too_many_unknown_keys: { status: 429, meaning: "Too many unknown keys from this address; see `Retry-After`." },
  internal_error: { status: 500, meaning: "Something went wrong on the server; the log line names the `requestId`." },
  database_unavailable: { status: 503, meaning: "The database cannot be reached; see `Retry-After`." },
};

/** The lengths the Problem schema promises; lib/api/problem.ts clips to them. */
export const PROBLEM_LIMITS = { detail: 1000, errors: 100, field: 200, message: 500 };

export const PROBLEM_CODE_LIST = Object.keys(PROBLEM_CODES) as [ProblemCode, ...ProblemCode[]];

/** The problem's `type`: a relative URI reference into the instance's own API reference. */
export function problemType(code: ProblemCode): string {
  return `/docs/api#problem-${code}`;
}
