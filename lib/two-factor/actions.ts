"use server";

import { revalidatePath } from "next/cache";
import { authedAction, sessionAction } from "@/lib/actions/client";
import { confirmTwoFactorEnrolment, disableTwoFactor, regenerateRecoveryCodes, resetTwoFactor, startTwoFactorEnrolment } from "./enrolment";
import { signInPolicySchema, updateSignInPolicy } from "@/lib/settings/sign-in-policy";
import { confirmEnrolmentSchema, resetTwoFactorSchema } from "./schemas";

// Setting up is allowed before the policy is met (sessionAction); everything else is not.
export const startTwoFactorEnrolmentAction = sessionAction.action(async ({ ctx }) => startTwoFactorEnrolment({ actor: ctx.actor }));

// No revalidation here: the page refreshes when the user closes the recovery codes (Done).
// Refreshing now would re-render the layout, and where the policy had sent an administrator
// to enrol, unmount the dialog before the codes were saved.
export const confirmTwoFactorEnrolmentAction = sessionAction
  .inputSchema(confirmEnrolmentSchema)
  .action(async ({ parsedInput, ctx }) => confirmTwoFactorEnrolment({ actor: ctx.actor, input: parsedInput }));

export const regenerateRecoveryCodesAction = authedAction.action(async ({ ctx }) => regenerateRecoveryCodes({ actor: ctx.actor }));

export const disableTwoFactorAction = authedAction.action(async ({ ctx }) => {
  await disableTwoFactor({ actor: ctx.actor });
  revalidatePath("/", "layout");
});

export const resetTwoFactorAction = authedAction.inputSchema(resetTwoFactorSchema).action(async ({ parsedInput, ctx }) => {
  await resetTwoFactor({ actor: ctx.actor, input: parsedInput });
  revalidatePath(`/admin/users/${parsedInput.userId}`);
});

export const updateSignInPolicyAction = authedAction.inputSchema(signInPolicySchema).action(async ({ parsedInput, ctx }) => {
  const policy = await updateSignInPolicy({ actor: ctx.actor, input: parsedInput });
  revalidatePath("/admin/policy");
  return policy;
});
