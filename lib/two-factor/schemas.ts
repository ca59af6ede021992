import { z } from "zod";
import { idSchema } from "@/lib/users/schemas";

/** A code from the authenticator app (6 digits) or a recovery code (xxxxx-xxxxx). */
export const codeSchema = z.string().trim().min(1, "Enter the code").max(32, "That is not a code");

export const confirmEnrolmentSchema = z.object({ code: codeSchema });
export type ConfirmEnrolmentInput = z.infer<typeof confirmEnrolmentSchema>;

export const resetTwoFactorSchema = z.object({ userId: idSchema });
export type ResetTwoFactorInput = z.infer<typeof resetTwoFactorSchema>;
