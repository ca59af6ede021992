import type { ActionError } from "@/lib/actions/client";

type SafeActionResult<T> = { data?: T; serverError?: ActionError; validationErrors?: unknown } | undefined;

/** The data of a next-safe-action result, or an Error carrying the message to show. */
export function unwrap<T>(result: SafeActionResult<T>): T {
  if (result?.serverError) throw new Error(result.serverError.message);
  if (!result || result.validationErrors || result.data === undefined) throw new Error("The request was not accepted. Reload the page and try again.");
  return result.data;
}
