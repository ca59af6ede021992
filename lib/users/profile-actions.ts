"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/client";
import { changePasswordSchema, updateProfileSchema } from "@/lib/auth/schemas";
import { changePassword, updateProfile } from "@/lib/users/profile";

export const updateProfileAction = authedAction.inputSchema(updateProfileSchema).action(async ({ parsedInput, ctx }) => {
  const user = await updateProfile({ actor: ctx.actor, input: parsedInput });
  revalidatePath("/", "layout");
  return user;
});

export const changePasswordAction = authedAction.inputSchema(changePasswordSchema).action(async ({ parsedInput, ctx }) => {
  await changePassword({ actor: ctx.actor, input: parsedInput });
});
