"use client";

import { unstable_rethrow } from "next/navigation";
import { useTransition } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { toast } from "sonner";
import { confirmedAfterRefusal } from "@/components/auth/confirmed";
import type { ActionError } from "@/lib/actions/client";

/** What next-safe-action answers (the console's clients flatten validation errors). */
type SafeActionResult<Data> =
  | { data?: Data; serverError?: ActionError; validationErrors?: { formErrors?: string[]; fieldErrors?: Partial<Record<string, string[]>> } }
  | undefined;

export type ActionOutcome<Data> = { ok: true; data: Data } | { ok: false; message: string };

type Options<Input, Data, Form extends FieldValues> = {
  /** Said in a toast once the action has succeeded. */
  success?: string | ((data: Data, input: Input) => string);
  /** Runs once the action has succeeded (close a dialog, show what it returned). */
  onSuccess?: (data: Data, input: Input) => void;
  /** A form's setError: field errors go onto its fields, so nothing typed is lost. */
  setError?: UseFormSetError<Form>;
  /** "inline" when the caller shows a refusal itself (an alert in a confirmation dialog); else a toast. */
  refusal?: "toast" | "inline";
  /**
   * Changes the screen before the round trip, with a setter of React's useOptimistic: the change
   * lasts until the revalidated page arrives, and disappears by itself if the action is refused.
   */
  optimistic?: (input: Input) => void;
};

const UNREACHABLE = "The request did not reach the server. Check your connection and try again.";
const CHECK_FIELDS = "Check the highlighted fields.";

/** Reads a next-safe-action result: its data, or why it was refused (field errors onto the form). */
function outcomeOf<Data, Form extends FieldValues>(result: SafeActionResult<Data>, setError?: UseFormSetError<Form>): ActionOutcome<Data> {
  if (!result) return { ok: false, message: UNREACHABLE };
  const { serverError, validationErrors } = result;
  if (!serverError && !validationErrors) return { ok: true, data: result.data as Data };
  const fieldErrors = Object.entries({ ...validationErrors?.fieldErrors, ...serverError?.fieldErrors }).filter(([, messages]) => messages?.length);
  if (setError && fieldErrors.length > 0) {
    fieldErrors.forEach(([field, messages], index) => setError(field as Path<Form>, { type: "server", message: messages![0] }, { shouldFocus: index === 0 }));
    // The fields say what is wrong; the toast only points there.
    return { ok: false, message: CHECK_FIELDS };
  }
  const message = serverError?.message ?? validationErrors?.formErrors?.[0] ?? fieldErrors[0]?.[1]?.[0] ?? "The request was not valid.";
  return { ok: false, message };
}

/** For a read inside a client query (the pickers' search): the data, or an Error saying why not. */
export async function actionData<Data>(result: Promise<SafeActionResult<Data>>): Promise<Data> {
  const outcome = outcomeOf(await result);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.data;
}

/**
 * The one way the console runs a server action and reads its result: pending state, the
 * Confirm access question for sensitive actions, a toast for success and (unless shown inline)
 * for refusal, field errors onto a form, and an optional optimistic change. The action itself
 * revalidates what it changed, so the page's server-read lists refresh in the same transition.
 */
export function useServerAction<Args extends [input?: unknown], Data, Form extends FieldValues = FieldValues>(
  action: (...args: Args) => Promise<SafeActionResult<Data>>,
  options: Options<Args[0], Data, Form> = {},
) {
  const [pending, startTransition] = useTransition();

  // One call in one transition. The Confirm access question is asked between two calls, not
  // inside one: React holds every transition pending while another is, and the dialog's own
  // action would wait on this one.
  const attempt = (args: Args) =>
    new Promise<SafeActionResult<Data>>((resolve) => {
      startTransition(async () => {
        options.optimistic?.(args[0]);
        try {
          resolve(await action(...args));
        } catch (error) {
          // A redirect or notFound() from the action is the router's to handle.
          unstable_rethrow(error);
          resolve(undefined);
        }
      });
    });

  const run = async (...args: Args): Promise<ActionOutcome<Data>> => {
    let result = await attempt(args);
    if (await confirmedAfterRefusal(result)) result = await attempt(args);
    const outcome = outcomeOf(result, options.setError);
    if (outcome.ok) {
      const { success } = options;
      if (success) toast.success(typeof success === "function" ? success(outcome.data, args[0]) : success);
      options.onSuccess?.(outcome.data, args[0]);
    } else if (options.refusal !== "inline") {
      toast.error(outcome.message);
    }
    return outcome;
  };

  return { run, pending };
}
