"use server";

// The console's group and membership mutations, and the pickers' searches.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/client";
import { searchUsers } from "@/lib/users/queries";
import { idSchema, searchTextSchema } from "@/lib/users/schemas";
import { createGroup } from "./create-group";
import { deleteGroup } from "./delete-group";
import { addMembers, addToGroups, removeMember } from "./members";
import { searchGroups } from "./queries";
import {
  addMembersSchema,
  addToGroupsSchema,
  createGroupSchema,
  deleteGroupSchema,
  membershipSchema,
  setGroupPermissionsSchema,
  updateGroupSchema,
} from "./schemas";
import { setGroupPermissions } from "./set-group-permissions";
import { updateGroup } from "./update-group";

const refresh = () => revalidatePath("/admin", "layout");

export const createGroupAction = authedAction.inputSchema(createGroupSchema).action(async ({ parsedInput, ctx }) => {
  const group = await createGroup({ actor: ctx.actor, input: parsedInput });
  refresh();
  return { id: group.id, name: group.name };
});

export const updateGroupAction = authedAction.inputSchema(updateGroupSchema).action(async ({ parsedInput, ctx }) => {
  const group = await updateGroup({ actor: ctx.actor, input: parsedInput });
  refresh();
  return group;
});

export const deleteGroupAction = authedAction.inputSchema(deleteGroupSchema).action(async ({ parsedInput, ctx }) => {
  await deleteGroup({ actor: ctx.actor, input: parsedInput });
  refresh();
});

export const setGroupPermissionsAction = authedAction.inputSchema(setGroupPermissionsSchema).action(async ({ parsedInput, ctx }) => {
  const result = await setGroupPermissions({ actor: ctx.actor, input: parsedInput });
  refresh();
  return result;
});

export const addMembersAction = authedAction.inputSchema(addMembersSchema).action(async ({ parsedInput, ctx }) => {
  const result = await addMembers({ actor: ctx.actor, input: parsedInput });
  refresh();
  return result;
});

export const addToGroupsAction = authedAction.inputSchema(addToGroupsSchema).action(async ({ parsedInput, ctx }) => {
  const result = await addToGroups({ actor: ctx.actor, input: parsedInput });
  refresh();
  return result;
});

export const removeMemberAction = authedAction.inputSchema(membershipSchema).action(async ({ parsedInput, ctx }) => {
  await removeMember({ actor: ctx.actor, input: parsedInput });
  refresh();
});

// The pickers serve people who may change memberships (searchUsers and searchGroups check).
const pickerSchema = z.object({ q: searchTextSchema, excludeId: idSchema.optional() });

/** Users for "Add members": not yet in the group. */
export const searchUsersForGroupAction = authedAction.inputSchema(pickerSchema).action(async ({ parsedInput, ctx }) => {
  const users = await searchUsers({ actor: ctx.actor, q: parsedInput.q, notInGroupId: parsedInput.excludeId });
  return users.map((user) => ({ id: user.id, label: user.name, description: user.status === "DISABLED" ? `${user.email} · disabled` : user.email }));
});

/** Groups for "Add to group" (without the user's groups) and for the New user dialog. */
export const searchGroupsAction = authedAction.inputSchema(pickerSchema).action(async ({ parsedInput, ctx }) => {
  const groups = await searchGroups({ actor: ctx.actor, q: parsedInput.q, notForUserId: parsedInput.excludeId });
  return groups.map((group) => ({ id: group.id, label: group.name, description: group.builtIn ? "Every permission" : group.permissions.join(", ") || "No permissions" }));
});
