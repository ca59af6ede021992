import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { createServiceSchema, type CreateServiceInput } from "./schemas";
import { serviceById } from "./service-reads";
import { slugTaken } from "./slug";

/**
 * Registers a service and its permissions. Administrators hold them at once (they hold the
 * whole catalogue); anyone else gets them only through a group's grant.
 */
export async function createService({ actor, input }: { actor: Actor; input: CreateServiceInput }) {
  requirePermission(actor, "services:write");
  const { permissions, ...data } = createServiceSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.service.findUnique({ where: { slug: data.slug }, select: { id: true } })) throw slugTaken();
      const { id } = await tx.service.create({ data: { ...data, permissions: { create: permissions } }, select: { id: true } });
      await recordAudit(tx, actor, {
        action: "service.created",
        target: { type: "service", id, label: data.slug },
        details: { ...data, permissions: permissions.map((permission) => `${data.slug}:${permission.name}`) },
      });
      return (await serviceById(tx, id))!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}
