// RFC 9457 problem details, and the one table that maps domain errors to HTTP statuses and
// problem codes (lib/api/problem-codes.ts).
import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { DATABASE_RETRY_AFTER_SECONDS } from "@/lib/http/database-failures";
import {
  BadRequestError,
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
  type FieldErrors,
} from "@/lib/errors";
import { PROBLEM_LIMITS, problemType, type ProblemCode } from "./problem-codes";

export type Problem = {
  code: ProblemCode;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
};

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The problem as JSON: `type` from its code, the request's id where known, and no text longer
 * than the Problem schema promises (a field error can quote what the client sent).
 */
export function problemJson(problem: Problem, requestId?: string): string {
  const { detail, errors, ...rest } = problem;
  return JSON.stringify({
    type: problemType(problem.code),
    ...rest,
    ...(detail === undefined ? {} : { detail: clip(detail, PROBLEM_LIMITS.detail) }),
    ...(errors?.length
      ? { errors: errors.slice(0, PROBLEM_LIMITS.errors).map(({ field, message }) => ({ field: clip(field, PROBLEM_LIMITS.field), message: clip(message, PROBLEM_LIMITS.message) })) }
      : {}),
    ...(requestId ? { requestId } : {}),
  });
}

export function problemResponse(problem: Problem, headers: HeadersInit = {}): Response {
  return new Response(problemJson(problem), {
    status: problem.status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
  });
}

const STATUS: [new (...args: never[]) => DomainError, number, string, ProblemCode][] = [
  [UnauthorizedError, 401, "Unauthorized", "unauthorized"],
  [ForbiddenError, 403, "Forbidden", "forbidden"],
  [NotFoundError, 404, "Not Found", "not_found"],
  [ConflictError, 409, "Conflict", "conflict"],
  [InvalidError, 422, "Unprocessable Content", "validation_failed"],
  [TooManyRequestsError, 429, "Too Many Requests", "rate_limited"],
];

const BAD_REQUEST: Record<BadRequestError["status"], [string, ProblemCode]> = {
  400: ["Bad Request", "malformed_json"],
  413: ["Content Too Large", "body_too_large"],
  415: ["Unsupported Media Type", "unsupported_media_type"],
};

function fieldList(fieldErrors: FieldErrors) {
  return Object.entries(fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
}

const DATABASE_UNAVAILABLE = {
  problem: { code: "database_unavailable", title: "Service Unavailable", status: 503, detail: "Latchkey cannot reach its database. Try again shortly." },
  headers: { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) },
} satisfies { problem: Problem; headers: Record<string, string> };

/** 503 with Retry-After: the database cannot be reached; the same request may succeed soon. */
export function databaseUnavailableResponse(): Response {
  return problemResponse(DATABASE_UNAVAILABLE.problem, DATABASE_UNAVAILABLE.headers);
}

/** The problem for an error, or null when it is not an expected one (a bug: 500). */
export function problemFor(error: unknown): { problem: Problem; headers: Record<string, string> } | null {
  if (error instanceof ZodError) {
    return {
      problem: {
        code: "validation_failed",
        title: "Unprocessable Content",
        status: 422,
        detail: "The request is not valid.",
        errors: error.issues.map((issue) => ({ field: issue.path.join(".") || "(body)", message: issue.message })),
      },
      headers: {},
    };
  }
  if (error instanceof BadRequestError) {
    const [title, code] = BAD_REQUEST[error.status];
    // The unread rest of a too-large body would be taken for the next request on this
    // connection: close it instead.
    const headers: Record<string, string> = error.status === 413 ? { Connection: "close" } : {};
    return { problem: { code: error.code ?? code, title, status: error.status, detail: error.message }, headers };
  }
  if (isDatabaseUnavailable(error)) return DATABASE_UNAVAILABLE;
  for (const [type, status, title, code] of STATUS) {
    if (!(error instanceof type)) continue;
    const headers: Record<string, string> = {};
    if (error instanceof UnauthorizedError) headers["WWW-Authenticate"] = 'Bearer realm="latchkey"';
    if (error instanceof TooManyRequestsError) headers["Retry-After"] = String(error.retryAfterSeconds);
    const fields = error instanceof InvalidError || error instanceof ConflictError ? fieldList(error.fieldErrors) : [];
    return { problem: { code: error.code ?? code, title, status, detail: error.message, ...(fields.length ? { errors: fields } : {}) }, headers };
  }
  return null;
}
