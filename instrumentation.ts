// register() runs once when the server starts. `npm start` sets NEXT_MANUAL_SIG_HANDLE so that
// Next.js leaves SIGTERM/SIGINT to us: pending API key usage is written before the process exits.
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { REQUEST_ID_HEADER, noteDatabaseFailure } from "@/lib/http/database-failures";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { flushOnShutdown } = await import("@/lib/shutdown");
    flushOnShutdown();
  }
}

/**
 * A page or server action that failed because the database was unreachable: noted so that
 * server/index.ts answers 503 with Retry-After instead of Next's 500.
 */
export function onRequestError(error: unknown, request: { headers: Record<string, string | string[] | undefined> }) {
  // At once, before Next writes the status (static imports: both modules are plain functions).
  if (isDatabaseUnavailable(error)) noteDatabaseFailure(request.headers[REQUEST_ID_HEADER]);
}
