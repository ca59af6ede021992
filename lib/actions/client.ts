import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { sessionActorOrThrow } from "@/lib/auth/session";
import { ConflictError, DomainError, InvalidError, type FieldErrors } from "@/lib/errors";

/** What a failed action tells the form: a message, and errors for fields when known. */
export type ActionError = { message: string; fieldErrors?: FieldErrors };

// Expected (domain) errors reach the user as they are; anything else is logged and hidden.
export const actionClient = createSafeActionClient({
  defaultValidationErrorsShape: "flattened",
  handleServerError(error): ActionError {
    if (error instanceof InvalidError || error instanceof ConflictError) {
      return { message: error.message, fieldErrors: error.fieldErrors };
    }
    if (error instanceof DomainError) return { message: error.message };
    console.error("Server action failed:", error);
    return { message: "Something went wrong on our side. Try again." };
  },
});

/** Every console action: the signed-in user becomes ctx.actor, re-checked on each call. */
export const authedAction = actionClient.use(async ({ next }) => next({ ctx: { actor: await sessionActorOrThrow() } }));
