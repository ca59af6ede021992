/** True when a Prisma write failed on a unique constraint (P2002), on either provider. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/** True when a Prisma update or delete found no row to change (P2025), on either provider. */
export function isRecordNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2025";
}

// Prisma's codes for "the database server cannot be reached or went away": P1001 cannot
// reach, P1002 timed out, P1008 operation timed out, P1017 connection closed, P2024 no pool
// connection in time.
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// What the PostgreSQL driver adapter reports for the same (@prisma/adapter-pg convertDriverError).
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// What pg itself reports (lib/db/hot-reads.ts uses it directly): the socket's errors, and
// SQLSTATE classes 08 and 57P in `code`.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EPIPE"]);
// pg's own errors that carry no code: a connection that broke, or none within connectionTimeoutMillis.
const UNREACHABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

type ErrorShape = { code?: unknown; kind?: unknown; message?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };

/**
 * True when `error` says the database is unreachable (down, restarting, refusing connections)
 * rather than that the request was wrong: the answer is then 503, and the request may be retried.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, kind, message, meta, cause } = error as ErrorShape;
  if (typeof code === "string" && (UNREACHABLE_CODES.has(code) || SOCKET_CODES.has(code))) return true;
  if (typeof code === "string" && kind === undefined && /^(08[0-9A-Z]{3}|57P[0-9A-Z]{2})$/.test(code)) return true;
  // SQLSTATE class 08 (connection exception) and 57P (shutting down, crashed, starting up).
  if (typeof kind === "string" && (UNREACHABLE_KINDS.has(kind) || (kind === "postgres" && /^(08|57P)/.test(String(code))))) return true;
  if (typeof message === "string" && UNREACHABLE_MESSAGES.test(message)) return true;
  // Prisma wraps the adapter's error (meta.driverAdapterError), which wraps the driver's (cause).
  return [meta?.driverAdapterError, cause].some((inner) => inner !== error && isDatabaseUnavailable(inner));
}
