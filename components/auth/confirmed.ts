import type { ActionError } from "@/lib/actions/client";
import { CONFIRMATION_REQUIRED } from "@/lib/actions/confirmation-code";

// Sensitive actions refuse a console session not confirmed in the last 15 minutes
// (lib/sessions/confirmation.ts). Wrapping such an action in confirmed() (useServerAction does,
// for every action) makes that refusal a question instead: the one Confirm access dialog asks
// for the password (or a code), then the action runs once more. Cancelling leaves the refusal
// as the action's answer.
let ask: (() => Promise<boolean>) | null = null;

/** Set by the Confirm access dialog while it is mounted. */
export function setConfirmationPrompt(prompt: (() => Promise<boolean>) | null) {
  ask = prompt;
}

type Result = { serverError?: ActionError } | undefined;

export function confirmed<I extends unknown[], R extends Result>(action: (...input: I) => Promise<R>): (...input: I) => Promise<R> {
  return async (...input) => {
    const result = await action(...input);
    if (result?.serverError?.code !== CONFIRMATION_REQUIRED || !ask) return result;
    return (await ask()) ? action(...input) : result;
  };
}
