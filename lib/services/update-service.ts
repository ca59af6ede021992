import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { changes, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { SLUG_IMMUTABLE, updateServiceSchema, type UpdateServiceInput } from "./schemas";
import { serviceById } from "./service-reads";

/** Renames a service and/or changes its description. The slug stays: sending another one is refused. */
export async function updateService({ actor, input }: { actor: Actor; input: UpdateServiceInput }) {
  requirePermission(actor, "services:write");
  const { serviceId, slug, ...data } = updateServiceSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.service.findUnique({ where: { id: serviceId }, select: { name: true, slug: true, description: true } });
    if (!before) throw new NotFoundError("Service");
    if (slug !== undefined && slug !== before.slug) throw new InvalidError(SLUG_IMMUTABLE, { slug: [SLUG_IMMUTABLE] });
    const diff = changes({ name: before.name, description: before.description }, data);
    if (Object.keys(diff).length > 0) {
      await tx.service.update({ where: { id: serviceId }, data, select: { id: true } });
      await recordAudit(tx, actor, { action: "service.updated", target: { type: "service", id: serviceId, label: before.slug }, details: diff });
    }
    return (await serviceById(tx, serviceId))!;
  });
}
