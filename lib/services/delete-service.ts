import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { requireRecentConfirmation } from "@/lib/sessions/confirmation";
import { removePermissions } from "./remove-permissions";
import { deleteServiceSchema, type DeleteServiceInput } from "./schemas";

/**
 * Deletes a service: its permissions leave the catalogue, groups' grants and keys' scopes
 * naming them go in the same transaction, and its tokens, key bindings and usage go with it
 * (foreign keys). A key bound only to this service stays bound, to nothing: it works nowhere.
 */
export async function deleteService({ actor, input }: { actor: Actor; input: DeleteServiceInput }) {
  requirePermission(actor, "services:write");
  const { serviceId } = deleteServiceSchema.parse(input);
  await requireRecentConfirmation(actor);
  await db.$transaction(async (tx) => {
    const service = await tx.service.findUnique({
      where: { id: serviceId },
      select: { name: true, slug: true, description: true, permissions: { select: { name: true } }, _count: { select: { boundKeys: true, tokens: true } } },
    });
    if (!service) throw new NotFoundError("Service");
    const permissions = service.permissions.map((permission) => `${service.slug}:${permission.name}`).sort();
    const cascade = await removePermissions(tx, actor, permissions, { service: service.slug, action: "service.deleted" });
    await tx.service.delete({ where: { id: serviceId } });
    await recordAudit(tx, actor, {
      action: "service.deleted",
      target: { type: "service", id: serviceId, label: service.slug },
      details: {
        name: service.name,
        slug: service.slug,
        description: service.description,
        permissions,
        groupsLosingGrants: cascade.groups,
        keysNarrowed: cascade.keys,
        boundKeys: service._count.boundKeys,
        tokens: service._count.tokens,
      },
    });
  });
}
