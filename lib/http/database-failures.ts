// Pages and server actions whose rendering failed because the database could not be reached.
// Next.js answers any such failure with a 500 and offers no way to choose the status, so
// instrumentation.ts notes the request here (by the id server/index.ts gave it) and the
// server turns its 500 into a 503 with Retry-After. On globalThis: instrumentation.ts runs in
// Next's bundle, server/index.ts outside it, in the same process.
export const REQUEST_ID_HEADER = "x-latchkey-request-id";
/** How long a client is told to wait (Retry-After) while the database cannot be reached. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const failed = ((globalThis as unknown as { latchkeyDatabaseFailures?: Set<string> }).latchkeyDatabaseFailures ??= new Set());

/** Called for a request whose rendering failed because the database was unreachable. */
export function noteDatabaseFailure(requestId: string | string[] | undefined): void {
  if (typeof requestId === "string") failed.add(requestId);
}

/** Whether the request failed for want of the database; forgets it either way. */
export function takeDatabaseFailure(requestId: string): boolean {
  return failed.delete(requestId);
}
