// One zod schema per access-preset input, shared by the policy page's dialogs and the server actions.
import { z } from "zod";
import { MAX_PERMISSIONS, permissionSchema } from "@/lib/permissions/catalogue";
import { idSchema } from "@/lib/users/schemas";
import { plainText } from "@/lib/validation/text";

export const presetNameSchema = z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters").check(plainText());
export const presetDescriptionSchema = z.string().trim().max(500, "Use at most 500 characters").check(plainText({ multiline: true }));
// Duplicates are harmless: the set is what counts.
export const presetPermissionsSchema = z
  .array(permissionSchema)
  .min(1, "Choose at least one permission")
  .max(MAX_PERMISSIONS)
  .transform((permissions) => [...new Set(permissions)].sort());

export const createAccessPresetSchema = z.object({
  name: presetNameSchema,
  description: presetDescriptionSchema.default(""),
  permissions: presetPermissionsSchema,
});
export type CreateAccessPresetInput = z.input<typeof createAccessPresetSchema>;

export const updateAccessPresetSchema = createAccessPresetSchema.extend({ id: idSchema });
export type UpdateAccessPresetInput = z.input<typeof updateAccessPresetSchema>;

export const deleteAccessPresetSchema = z.object({ id: idSchema });
export type DeleteAccessPresetInput = z.input<typeof deleteAccessPresetSchema>;
