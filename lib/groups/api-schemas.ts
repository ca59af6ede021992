// /api/v1/groups: request and answer shapes (see lib/users/api-schemas.ts).
import { z } from "zod";
import { pathId } from "@/lib/api/operations/params";
import { paginationSchema } from "@/lib/api/request";
import { description, id, int32, isoDate, name, pageOf, permissions } from "@/lib/api/schemas";
import { searchTextSchema } from "@/lib/users/schemas";
import { groupDetailsSchema, setGroupPermissionsSchema, updateGroupSchema } from "./schemas";

export const groupSchema = z
  .object({
    id,
    name,
    description,
    builtIn: z.boolean().meta({ description: "The Administrators group: every permission, cannot be renamed or deleted" }),
    permissions,
    memberCount: int32(),
    createdAt: isoDate,
  })
  .meta({ id: "Group" });
export const groupPageSchema = pageOf(groupSchema).meta({ id: "GroupPage" });

export const listGroupsQuerySchema = paginationSchema.extend({
  q: searchTextSchema.optional().meta({ description: "Part of the name, any case" }),
});

export const createGroupBodySchema = z.strictObject(groupDetailsSchema.shape);

export const updateGroupBodySchema = z
  .strictObject({ name: updateGroupSchema.shape.name, description: updateGroupSchema.shape.description })
  .refine((body) => body.name !== undefined || body.description !== undefined, { message: "Send name or description" });

export const groupPermissionsBodySchema = z.strictObject({ permissions: setGroupPermissionsSchema.shape.permissions });
export const groupPermissionsSchema = z.object({ permissions }).meta({ id: "GroupPermissions" });

export const memberParamsSchema = z.object({ id: pathId.meta({ description: "The group's id" }), userId: pathId.meta({ description: "The user's id" }) });
