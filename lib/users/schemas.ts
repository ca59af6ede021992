import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/auth/schemas";

export const userNameSchema = z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters");

export const createUserSchema = z.object({
  name: userNameSchema,
  email: emailSchema,
  /** Omitted: a password is generated and returned once. */
  password: newPasswordSchema.optional(),
  groupIds: z.array(z.string().min(1).max(64)).max(100).default([]),
});
export type CreateUserInput = z.input<typeof createUserSchema>;
