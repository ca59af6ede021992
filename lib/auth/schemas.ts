import { z } from "zod";
import { plainText } from "@/lib/validation/text";

export const PASSWORD_MIN_LENGTH = 12;

/** A new password as forms and the server check it; the server adds the common-password rule. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(256, "Use at most 256 characters");

export const emailSchema = z
  .string()
  .trim()
  .min(1, "Enter an email address")
  .max(254, "Use at most 254 characters")
  .check(plainText())
  .pipe(z.email("Enter a valid email address"))
  .transform((email) => email.toLowerCase());

export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email").max(254).check(plainText()),
  password: z.string().min(1, "Enter your password").max(256),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(256),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const updateProfileSchema = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100, "Use at most 100 characters").check(plainText()),
});
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;
