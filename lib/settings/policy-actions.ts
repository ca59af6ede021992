"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/client";
import { updateApiKeyPolicy } from "./api-key-policy";
import { apiKeyPolicySchema } from "./schemas";

export const updateApiKeyPolicyAction = authedAction.inputSchema(apiKeyPolicySchema).action(async ({ parsedInput, ctx }) => {
  const policy = await updateApiKeyPolicy({ actor: ctx.actor, input: parsedInput });
  // The create dialog reads the policy on the server when the preferences page renders.
  revalidatePath("/", "layout");
  return policy;
});
