import type { ActionError } from "@/lib/actions/client";

type SafeActionResult = { serverError?: ActionError; validationErrors?: { formErrors?: string[]; fieldErrors?: Partial<Record<string, string[]>> } } | undefined;

/** Why a server action was refused, in words for an alert or a toast; null when it succeeded. */
export function refusalOf(result: SafeActionResult): string | null {
  if (!result) return "The request did not reach the server. Check your connection and try again.";
  if (result.serverError) return result.serverError.message;
  if (result.validationErrors) {
    const messages = [...(result.validationErrors.formErrors ?? []), ...Object.values(result.validationErrors.fieldErrors ?? {}).flat()];
    return messages[0] ?? "The request was not valid.";
  }
  return null;
}
