// Domain errors thrown by operations in lib/. Server actions turn them into form errors and
// lib/api/problem.ts maps them to HTTP statuses in one table.
export type FieldErrors = Record<string, string[]>;

/**
 * Why an operation was refused, for programs: the API's problem `code`. A class answers one
 * status; where several refusals share it (six kinds of 409), the throw site names which one.
 * Without a code an error answers its class's general one (`conflict`, `forbidden`, …).
 */
export type ErrorCode =
  | "email_taken"
  | "group_name_taken"
  | "slug_taken"
  | "last_administrator"
  | "built_in_group"
  | "idempotency_key_in_use"
  | "idempotency_key_reused"
  | "permission_missing"
  | "key_revoked"
  | "key_disabled"
  | "key_expired"
  | "owner_disabled"
  | "key_bound_to_services"
  | "too_many_unknown_keys"
  | "invalid_cursor"
  | "permission_required"
  | "not_a_service_permission"
  | "key_not_for_service";

export class DomainError extends Error {
  constructor(message: string, readonly code?: ErrorCode) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller is not known (no session, no valid key). */
export class UnauthorizedError extends DomainError {}

/** The caller is known but may not do this. */
export class ForbiddenError extends DomainError {}

/**
 * A sensitive action from a console session whose user last proved it was them more than
 * 15 minutes ago (lib/sessions/confirmation.ts): the console asks for the password again.
 */
export class ConfirmationRequiredError extends ForbiddenError {
  constructor() {
    super("Confirm it is you: enter your password again to continue.");
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(`${what} not found`);
  }
}

/** The request conflicts with the current state (duplicate name, last administrator…). */
export class ConflictError extends DomainError {
  constructor(message: string, readonly fieldErrors: FieldErrors = {}, code?: ErrorCode) {
    super(message, code);
  }
}

/** The input is invalid; fieldErrors says where. */
export class InvalidError extends DomainError {
  constructor(message: string, readonly fieldErrors: FieldErrors = {}, code?: ErrorCode) {
    super(message, code);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(message: string, readonly retryAfterSeconds: number, code?: ErrorCode) {
    super(message, code);
  }
}

/** The request itself is unusable: malformed JSON, wrong content type, too large, a cursor the server never issued. */
export class BadRequestError extends DomainError {
  constructor(message: string, readonly status: 400 | 413 | 415 = 400, code?: ErrorCode) {
    super(message, code);
  }
}
