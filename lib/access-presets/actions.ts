"use server";

// Console mutations of access presets (Admin → Policy). Each is session → schema → one lib operation.
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/client";
import { createAccessPreset } from "./create-access-preset";
import { deleteAccessPreset } from "./delete-access-preset";
import { createAccessPresetSchema, deleteAccessPresetSchema, updateAccessPresetSchema } from "./schemas";
import { updateAccessPreset } from "./update-access-preset";

// Presets show on the policy page and in every Create API key dialog.
const presetAction = authedAction.use(async ({ next }) => {
  const result = await next();
  if (result.success) revalidatePath("/", "layout");
  return result;
});

export const createAccessPresetAction = presetAction
  .inputSchema(createAccessPresetSchema)
  .action(async ({ parsedInput, ctx }) => createAccessPreset({ actor: ctx.actor, input: parsedInput }));

export const updateAccessPresetAction = presetAction
  .inputSchema(updateAccessPresetSchema)
  .action(async ({ parsedInput, ctx }) => updateAccessPreset({ actor: ctx.actor, input: parsedInput }));

export const deleteAccessPresetAction = presetAction
  .inputSchema(deleteAccessPresetSchema)
  .action(async ({ parsedInput, ctx }) => deleteAccessPreset({ actor: ctx.actor, input: parsedInput }));
