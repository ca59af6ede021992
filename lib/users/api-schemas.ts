// /api/v1/users: what requests may carry and what answers hold. Handlers send data through
// these schemas (so no other column can leak) and the OpenAPI document shows the same objects.
import { z } from "zod";
import { paginationSchema } from "@/lib/api/request";
import { email, id, int32, isoDate, name, pageOf, permissions } from "@/lib/api/schemas";
import { newPasswordSchema } from "@/lib/auth/schemas";
import { NOTHING_TO_CHANGE, createUserSchema, searchTextSchema, userDetailsSchema, USER_STATUSES } from "./schemas";

export const userSchema = z
  .object({
    id,
    name,
    email,
    status: z.enum(USER_STATUSES),
    createdAt: isoDate,
    lastLoginAt: isoDate.nullable(),
    groupCount: int32(),
  })
  .meta({ id: "User" });
export const userPageSchema = pageOf(userSchema).meta({ id: "UserPage" });

export const userDetailSchema = userSchema
  .omit({ groupCount: true })
  .extend({
    // No limit on how many groups a user is in: the document says so (.spectral.yaml).
    groups: z.array(z.object({ id, name, builtIn: z.boolean() })),
    permissions: permissions.meta({ description: "Effective permissions: the union over the user's groups" }),
  })
  .meta({ id: "UserDetail" });

export const listUsersQuerySchema = paginationSchema.extend({
  q: searchTextSchema.optional().meta({ description: "Part of the name or email, any case" }),
  status: z.enum(USER_STATUSES).optional(),
});

export const createUserBodySchema = z.strictObject(createUserSchema.shape).meta({
  description: "Without `password`, one is generated and returned once as `generatedPassword`.",
});
export const createdUserSchema = z
  .object({ user: userSchema.omit({ groupCount: true }), generatedPassword: z.string().max(256).nullable() })
  .meta({ id: "CreatedUser" });

export const updateUserBodySchema = z
  .strictObject({
    name: userDetailsSchema.shape.name.optional(),
    email: userDetailsSchema.shape.email.optional(),
    status: z.enum(USER_STATUSES).optional().meta({ description: "DISABLED ends the user's sessions and stops their keys" }),
    password: newPasswordSchema.optional().meta({ description: "A new password; ends the user's sessions" }),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: NOTHING_TO_CHANGE });
