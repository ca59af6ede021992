// RFC 9457 problem details, and the one table that maps domain errors to HTTP statuses.
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

export type Problem = {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
};

export function problemResponse(problem: Problem, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify({ type: "about:blank", ...problem }), {
    status: problem.status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
  });
}

const STATUS: [new (...args: never[]) => DomainError, number, string][] = [
  [UnauthorizedError, 401, "Unauthorized"],
  [ForbiddenError, 403, "Forbidden"],
  [NotFoundError, 404, "Not Found"],
  [ConflictError, 409, "Conflict"],
  [InvalidError, 422, "Unprocessable Content"],
  [TooManyRequestsError, 429, "Too Many Requests"],
];

function fieldList(fieldErrors: FieldErrors) {
  return Object.entries(fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
}

const DATABASE_UNAVAILABLE = {
  problem: { title: "Service Unavailable", status: 503, detail: "Latchkey cannot reach its database. Try again shortly." },
  headers: { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) },
};

/** 503 with Retry-After: the database cannot be reached; the same request may succeed soon. */
export function databaseUnavailableResponse(): Response {
  return problemResponse(DATABASE_UNAVAILABLE.problem, DATABASE_UNAVAILABLE.headers);
}

/** The problem for an error, or null when it is not an expected one (a bug: 500). */
export function problemFor(error: unknown): { problem: Problem; headers: Record<string, string> } | null {
  if (error instanceof ZodError) {
    return {
      problem: {
        title: "Unprocessable Content",
        status: 422,
        detail: "The request is not valid.",
        errors: error.issues.map((issue) => ({ field: issue.path.join(".") || "(body)", message: issue.message })),
      },
      headers: {},
    };
  }
  if (error instanceof BadRequestError) {
    const title = { 400: "Bad Request", 413: "Content Too Large", 415: "Unsupported Media Type" }[error.status];
    // The unread rest of a too-large body would be taken for the next request on this
    // connection: close it instead.
    const headers: Record<string, string> = error.status === 413 ? { Connection: "close" } : {};
    return { problem: { title, status: error.status, detail: error.message }, headers };
  }
  if (isDatabaseUnavailable(error)) return DATABASE_UNAVAILABLE;
  for (const [type, status, title] of STATUS) {
    if (!(error instanceof type)) continue;
    const headers: Record<string, string> = {};
    if (error instanceof UnauthorizedError) headers["WWW-Authenticate"] = 'Bearer realm="latchkey"';
    if (error instanceof TooManyRequestsError) headers["Retry-After"] = String(error.retryAfterSeconds);
    const fields = error instanceof InvalidError || error instanceof ConflictError ? fieldList(error.fieldErrors) : [];
    return { problem: { title, status, detail: error.message, ...(fields.length ? { errors: fields } : {}) }, headers };
  }
  return null;
}
