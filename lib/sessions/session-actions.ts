"use server";

// The console's session mutations: session → schema → the lib operation.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction, sessionAction } from "@/lib/actions/client";
import { confirmAccess, confirmAccessSchema } from "./confirmation";
import { endOtherSessions, endSession, endUserSessions } from "./end-session";
import { endSessionSchema, endUserSessionsSchema } from "./schemas";

export const endSessionAction = authedAction.inputSchema(endSessionSchema).action(async ({ parsedInput, ctx }) => {
  const result = await endSession({ actor: ctx.actor, input: parsedInput });
  revalidatePath("/preferences");
  return result;
});

export const endOtherSessionsAction = authedAction.inputSchema(z.object({})).action(async ({ ctx }) => {
  const result = await endOtherSessions({ actor: ctx.actor });
  revalidatePath("/preferences");
  return result;
});

export const endUserSessionsAction = authedAction.inputSchema(endUserSessionsSchema).action(async ({ parsedInput, ctx }) => {
  const result = await endUserSessions({ actor: ctx.actor, input: parsedInput });
  revalidatePath("/admin", "layout");
  return result;
});

// Allowed before the two-factor policy is met: setting up a second factor may itself ask for it.
export const confirmAccessAction = sessionAction.inputSchema(confirmAccessSchema).action(async ({ parsedInput, ctx }) => {
  await confirmAccess({ actor: ctx.actor, input: parsedInput });
});
