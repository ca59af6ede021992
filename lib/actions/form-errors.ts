import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionError } from "./client";

type ActionResult = {
  serverError?: ActionError;
  validationErrors?: { formErrors: string[]; fieldErrors: Partial<Record<string, string[]>> };
};

/**
 * Puts a failed server action's errors on the form's fields (so nothing the user typed is
 * lost) and returns a message for a toast, or null when the action succeeded.
 */
export function applyActionErrors<T extends FieldValues>(form: UseFormReturn<T>, result: ActionResult | undefined): string | null {
  const fieldErrors = { ...result?.validationErrors?.fieldErrors, ...result?.serverError?.fieldErrors };
  let focused = false;
  for (const [field, messages] of Object.entries(fieldErrors)) {
    if (!messages?.length) continue;
    form.setError(field as Path<T>, { type: "server", message: messages[0] }, { shouldFocus: !focused });
    focused = true;
  }
  // The field says what is wrong; the returned message (for a toast) only points there.
  if (focused) return "Check the highlighted fields.";
  if (result?.serverError) return result.serverError.message;
  if (result?.validationErrors) return result.validationErrors.formErrors[0] ?? "Check the highlighted fields.";
  return null;
}
