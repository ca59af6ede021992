import { z } from "zod";
import { PERMISSION_NAME_PATTERN, RESERVED_SLUGS, SLUG_PATTERN } from "@/lib/permissions/catalogue";
import { idSchema } from "@/lib/users/schemas";
import { plainText } from "@/lib/validation/text";

export const MAX_SLUG_LENGTH = 40;
export const MAX_PERMISSION_NAME_LENGTH = 40;
export const MAX_SERVICE_PERMISSIONS = 100;

export const SLUG_RESERVED = "This slug is Latchkey's own; choose another";
export const SLUG_IMMUTABLE = "The slug cannot be changed: the service's permissions, group grants and proxy configurations are named after it.";

export const serviceNameSchema = z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters").check(plainText());
export const serviceDescriptionSchema = z.string().trim().max(500, "Use at most 500 characters").check(plainText({ multiline: true }));

export const serviceSlugSchema = z
  .string()
  .trim()
  .min(1, "Enter a slug")
  .max(MAX_SLUG_LENGTH, `Use at most ${MAX_SLUG_LENGTH} characters`)
  .regex(SLUG_PATTERN, "Use lower-case letters, digits and hyphens, starting with a letter")
  .refine((slug) => !(RESERVED_SLUGS as readonly string[]).includes(slug), SLUG_RESERVED);

/** One permission a service defines: `name` becomes `<slug>:<name>`. */
export const servicePermissionSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, "Enter a name")
    .max(MAX_PERMISSION_NAME_LENGTH, `Use at most ${MAX_PERMISSION_NAME_LENGTH} characters`)
    .regex(PERMISSION_NAME_PATTERN, "Use lower-case letters, digits, '_', '.' and '-', starting with a letter"),
  description: serviceDescriptionSchema.default(""),
});
export type ServicePermissionInput = z.input<typeof servicePermissionSchema>;

/** A service's permissions, each name once. */
export const servicePermissionsSchema = z
  .array(servicePermissionSchema)
  .max(MAX_SERVICE_PERMISSIONS, `Define at most ${MAX_SERVICE_PERMISSIONS} permissions`)
  .superRefine((permissions, context) => {
    const seen = new Set<string>();
    permissions.forEach((permission, index) => {
      if (seen.has(permission.name)) context.addIssue({ code: "custom", path: [index, "name"], message: `${permission.name} is listed twice` });
      seen.add(permission.name);
    });
  });

export const createServiceSchema = z.object({
  name: serviceNameSchema,
  slug: serviceSlugSchema,
  description: serviceDescriptionSchema.default(""),
  permissions: servicePermissionsSchema.default([]),
});
export type CreateServiceInput = z.input<typeof createServiceSchema>;

export const updateServiceSchema = z.object({
  serviceId: idSchema,
  name: serviceNameSchema.optional(),
  description: serviceDescriptionSchema.optional(),
  // Taken only to refuse it with a clear message (SLUG_IMMUTABLE) when it differs.
  slug: z.string().max(100).optional(),
});
export type UpdateServiceInput = z.input<typeof updateServiceSchema>;

export const setServicePermissionsSchema = z.object({ serviceId: idSchema, permissions: servicePermissionsSchema });
export type SetServicePermissionsInput = z.input<typeof setServicePermissionsSchema>;

export const deleteServiceSchema = z.object({ serviceId: idSchema });
export type DeleteServiceInput = z.input<typeof deleteServiceSchema>;
