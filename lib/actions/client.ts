import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { sessionActorOrThrow } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { ConfirmationRequiredError, ConflictError, DomainError, ForbiddenError, InvalidError, type FieldErrors } from "@/lib/errors";
import { CONFIRMATION_REQUIRED } from "./confirmation-code";
import { ENROL_FIRST, mustEnrolTwoFactor } from "@/lib/two-factor/enforcement";

/** What a failed action tells the form: a message, and errors for fields when known. */
export type ActionError = { message: string; fieldErrors?: FieldErrors; code?: typeof CONFIRMATION_REQUIRED };

// Expected (domain) errors reach the user as they are; anything else is logged and hidden.
export const actionClient = createSafeActionClient({
  defaultValidationErrorsShape: "flattened",
  handleServerError(error): ActionError {
    if (error instanceof InvalidError || error instanceof ConflictError) {
      return { message: error.message, fieldErrors: error.fieldErrors };
    }
    if (error instanceof ConfirmationRequiredError) return { message: error.message, code: CONFIRMATION_REQUIRED };
    if (error instanceof DomainError) return { message: error.message };
    if (isDatabaseUnavailable(error)) return { message: "Latchkey cannot reach its database. Try again shortly." };
    console.error("Server action failed:", error);
    return { message: "Something went wrong on our side. Try again." };
  },
});

/**
 * The signed-in user becomes ctx.actor, re-checked on each call. Only for setting up the
 * second factor, which must work before the policy below is met.
 */
export const sessionAction = actionClient.use(async ({ next }) => next({ ctx: { actor: await sessionActorOrThrow() } }));

/** Every other console action: also refused to an administrator the policy sends to enrol first. */
export const authedAction = sessionAction.use(async ({ next, ctx }) => {
  if (await mustEnrolTwoFactor(ctx.actor)) throw new ForbiddenError(ENROL_FIRST);
  return next({ ctx });
});
