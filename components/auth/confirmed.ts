import type { ActionError } from "@/lib/actions/client";
import { CONFIRMATION_REQUIRED } from "@/lib/actions/confirmation-code";

// Sensitive actions refuse a console session not confirmed in the last 15 minutes
// (lib/sessions/confirmation.ts). useServerAction turns that refusal into a question: the one
// Confirm access dialog asks for the password (or a code), then the action runs once more.
// Cancelling leaves the refusal as the action's answer.
let ask: (() => Promise<boolean>) | null = null;

/** Set by the Confirm access dialog while it is mounted. */
export function setConfirmationPrompt(prompt: (() => Promise<boolean>) | null) {
  ask = prompt;
}

/** True when the action was refused for want of a fresh confirmation and the user has now given it. */
export async function confirmedAfterRefusal(result: { serverError?: ActionError } | undefined): Promise<boolean> {
  if (result?.serverError?.code !== CONFIRMATION_REQUIRED || !ask) return false;
  return ask();
}
