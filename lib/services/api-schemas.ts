// /api/v1/services: request and answer shapes (see lib/users/api-schemas.ts).
import { z } from "zod";
import { paginationSchema } from "@/lib/api/request";
import { searchTextSchema } from "@/lib/users/schemas";
import { description, id, isoDate, name, pageOf, permission } from "@/lib/api/schemas";
import { MAX_SERVICE_PERMISSIONS, MAX_SLUG_LENGTH, createServiceSchema, servicePermissionsSchema, updateServiceSchema } from "./schemas";
import type { Service } from "./service-reads";

export const serviceSchema = z
  .object({
    id,
    name,
    slug: z.string().max(MAX_SLUG_LENGTH).meta({ description: "Names the service's permissions `<slug>:<name>`; fixed once created" }),
    description,
    permissions: z.array(permission).max(MAX_SERVICE_PERMISSIONS).meta({ description: "The permissions the service defines, as `<slug>:<name>`" }),
    permissionDetails: z
      .array(z.object({ permission, description }))
      .max(MAX_SERVICE_PERMISSIONS)
      .meta({ description: "Each permission with what it allows" }),
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .meta({ id: "Service" });
export const servicePageSchema = pageOf(serviceSchema).meta({ id: "ServicePage" });

/** A service in the answer's shape, before serviceSchema (or a page of them) parses it. */
export function toServiceAnswer(service: Service): z.input<typeof serviceSchema> {
  return {
    ...service,
    permissions: service.permissions.map((entry) => entry.permission),
    permissionDetails: service.permissions.map((entry) => ({ permission: entry.permission, description: entry.description })),
  };
}

export const listServicesQuerySchema = paginationSchema.extend({
  q: searchTextSchema.optional().meta({ description: "Part of the slug or of the name" }),
});

export const createServiceBodySchema = z.strictObject({
  ...createServiceSchema.shape,
  permissions: servicePermissionsSchema.meta({ description: "The permissions it defines: `name` becomes `<slug>:<name>`" }),
});

export const updateServiceBodySchema = z
  .strictObject({
    name: updateServiceSchema.shape.name,
    description: updateServiceSchema.shape.description,
    slug: updateServiceSchema.shape.slug.meta({ description: "Cannot change: another slug than the service's is refused (422)" }),
  })
  .refine((body) => body.name !== undefined || body.description !== undefined || body.slug !== undefined, { message: "Send name or description" });

export const servicePermissionsBodySchema = z.strictObject({ permissions: servicePermissionsSchema });
