import { z } from "zod";
import { permissionSchema } from "@/lib/permissions/catalogue";
import { idSchema, searchTextSchema } from "@/lib/users/schemas";
import { plainText } from "@/lib/validation/text";

export const groupNameSchema = z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters").check(plainText());
export const groupDescriptionSchema = z.string().trim().max(500, "Use at most 500 characters").check(plainText({ multiline: true }));

/** Name and description as the New group and Edit group dialogs take them. */
export const groupDetailsSchema = z.object({ name: groupNameSchema, description: groupDescriptionSchema.default("") });
export type GroupDetailsInput = z.input<typeof groupDetailsSchema>;
export type GroupDetails = z.output<typeof groupDetailsSchema>;

export const createGroupSchema = groupDetailsSchema;
export type CreateGroupInput = z.input<typeof createGroupSchema>;

export const updateGroupSchema = z.object({
  groupId: idSchema,
  name: groupNameSchema.optional(),
  description: groupDescriptionSchema.optional(),
});
export type UpdateGroupInput = z.input<typeof updateGroupSchema>;

export const deleteGroupSchema = z.object({ groupId: idSchema });
export type DeleteGroupInput = z.input<typeof deleteGroupSchema>;

export const setGroupPermissionsSchema = z.object({
  groupId: idSchema,
  // Duplicates are harmless: the set is what counts.
  permissions: z.array(permissionSchema).max(50).transform((permissions) => [...new Set(permissions)].sort()),
});
export type SetGroupPermissionsInput = z.input<typeof setGroupPermissionsSchema>;

export const addMembersSchema = z.object({
  groupId: idSchema,
  userIds: z.array(idSchema).min(1, "Choose at least one user").max(100, "Add at most 100 users at a time"),
});
export type AddMembersInput = z.input<typeof addMembersSchema>;

/** One user in one group (removal; also the user page's "Add to group"). */
export const membershipSchema = z.object({ groupId: idSchema, userId: idSchema });
export type MembershipInput = z.input<typeof membershipSchema>;

export const addToGroupsSchema = z.object({
  userId: idSchema,
  groupIds: z.array(idSchema).min(1, "Choose at least one group").max(100, "Add at most 100 groups at a time"),
});
export type AddToGroupsInput = z.input<typeof addToGroupsSchema>;

export const groupFilterSchema = z.object({ q: searchTextSchema.default("") });
export type GroupFilter = z.infer<typeof groupFilterSchema>;
