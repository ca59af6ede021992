"use server";

// The console's user mutations: session → schema → the same lib operation the API calls.
// Pages are server-rendered, so each change revalidates the admin pages.
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/client";
import { createUser } from "./create-user";
import { deleteUser } from "./delete-user";
import { resetPassword } from "./reset-password";
import { createUserSchema, deleteUserSchema, resetPasswordSchema, setUserStatusSchema, updateUserSchema } from "./schemas";
import { setUserStatus } from "./set-user-status";
import { updateUser } from "./update-user";

const refresh = () => revalidatePath("/admin", "layout");

/** Returns the generated password once, for the dialog to show. */
export const createUserAction = authedAction.inputSchema(createUserSchema).action(async ({ parsedInput, ctx }) => {
  const result = await createUser({ actor: ctx.actor, input: parsedInput });
  refresh();
  return { id: result.user.id, name: result.user.name, generatedPassword: result.generatedPassword };
});

export const updateUserAction = authedAction.inputSchema(updateUserSchema).action(async ({ parsedInput, ctx }) => {
  const { id, name, email, status } = await updateUser({ actor: ctx.actor, input: parsedInput });
  refresh();
  return { id, name, email, status };
});

export const setUserStatusAction = authedAction.inputSchema(setUserStatusSchema).action(async ({ parsedInput, ctx }) => {
  const result = await setUserStatus({ actor: ctx.actor, input: parsedInput });
  refresh();
  return result;
});

export const resetPasswordAction = authedAction.inputSchema(resetPasswordSchema).action(async ({ parsedInput, ctx }) => {
  return resetPassword({ actor: ctx.actor, input: parsedInput });
});

export const deleteUserAction = authedAction.inputSchema(deleteUserSchema).action(async ({ parsedInput, ctx }) => {
  await deleteUser({ actor: ctx.actor, input: parsedInput });
  refresh();
});
