import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/auth/schemas";
import { plainText } from "@/lib/validation/text";

export const userNameSchema = z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters").check(plainText());
export const idSchema = z.string().min(1).max(64).check(plainText());

export const createUserSchema = z.object({
  name: userNameSchema,
  email: emailSchema,
  /** Omitted: a password is generated and returned once. */
  password: newPasswordSchema.optional(),
  groupIds: z.array(idSchema).max(100).default([]),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

/**
 * The New user dialog: the same fields, with "generate one" as an explicit choice. The form
 * sends `createUserSchema`'s shape (no password when generating).
 */
export const createUserFormSchema = createUserSchema
  .extend({ password: z.string(), generatePassword: z.boolean() })
  .superRefine((value, context) => {
    if (value.generatePassword) return;
    const result = newPasswordSchema.safeParse(value.password);
    for (const issue of result.error?.issues ?? []) context.addIssue({ code: "custom", path: ["password"], message: issue.message });
  });
export type CreateUserFormInput = z.input<typeof createUserFormSchema>;

/** Name and email as an administrator edits them. */
export const userDetailsSchema = z.object({ name: userNameSchema, email: emailSchema });
export type UserDetailsInput = z.input<typeof userDetailsSchema>;

export const USER_STATUSES = ["ACTIVE", "DISABLED"] as const;

export const NOTHING_TO_CHANGE = "Send at least one field to change";

/** Any of a user's fields at once: the console's profile form and PATCH /api/v1/users/{id}. */
export const updateUserSchema = userDetailsSchema
  .partial()
  .extend({ userId: idSchema, status: z.enum(USER_STATUSES).optional(), password: newPasswordSchema.optional() })
  // Without a change there is nothing to authorise, and the answer (the user's detail) needs one.
  .refine(({ name, email, status, password }) => [name, email, status, password].some((value) => value !== undefined), { message: NOTHING_TO_CHANGE });
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const setUserStatusSchema = z.object({ userId: idSchema, status: z.enum(USER_STATUSES) });
export type SetUserStatusInput = z.input<typeof setUserStatusSchema>;

export const deleteUserSchema = z.object({ userId: idSchema });
export type DeleteUserInput = z.input<typeof deleteUserSchema>;

export const resetPasswordSchema = z.object({
  userId: idSchema,
  /** Omitted: a password is generated and returned once. */
  password: newPasswordSchema.optional(),
});
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

/** The reset-password dialog: type one, or generate one. */
export const resetPasswordFormSchema = z
  .object({ password: z.string(), generatePassword: z.boolean() })
  .superRefine((value, context) => {
    if (value.generatePassword) return;
    const result = newPasswordSchema.safeParse(value.password);
    for (const issue of result.error?.issues ?? []) context.addIssue({ code: "custom", path: ["password"], message: issue.message });
  });
export type ResetPasswordFormInput = z.input<typeof resetPasswordFormSchema>;

/** Search text for users and groups: trimmed, bounded, empty means "all". */
export const searchTextSchema = z.string().trim().max(100, "Use at most 100 characters").check(plainText());

export const USER_SORTS = ["name", "email", "createdAt", "lastLoginAt"] as const;
export type UserSort = (typeof USER_SORTS)[number];
export const USER_STATUS_FILTERS = ["all", "active", "disabled"] as const;
export type UserStatusFilter = (typeof USER_STATUS_FILTERS)[number];

/** The users table's state: what the console page and GET /api/v1/users filter by. */
export const userFilterSchema = z.object({
  q: searchTextSchema.default(""),
  status: z.enum(USER_STATUS_FILTERS).default("all"),
});
export type UserFilter = z.infer<typeof userFilterSchema>;
