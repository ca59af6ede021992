import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { removePermissions } from "./remove-permissions";
import { setServicePermissionsSchema, type SetServicePermissionsInput } from "./schemas";
import { serviceById } from "./service-reads";

/**
 * Replaces the permissions a service defines with exactly this set (descriptions too). A
 * permission left out is gone everywhere in the same transaction: groups' grants of it and
 * keys' scopes naming it (./remove-permissions.ts).
 */
export async function setServicePermissions({ actor, input }: { actor: Actor; input: SetServicePermissionsInput }) {
  requirePermission(actor, "services:write");
  const { serviceId, permissions } = setServicePermissionsSchema.parse(input);
  return db.$transaction(async (tx) => {
    const service = await tx.service.findUnique({ where: { id: serviceId }, select: { slug: true, permissions: { select: { name: true, description: true } } } });
    if (!service) throw new NotFoundError("Service");
    const before = new Map(service.permissions.map((permission) => [permission.name, permission.description]));
    const after = new Map(permissions.map((permission) => [permission.name, permission.description]));
    const added = [...after.keys()].filter((name) => !before.has(name)).sort();
    const removed = [...before.keys()].filter((name) => !after.has(name)).sort();
    const described = [...after.keys()].filter((name) => before.has(name) && before.get(name) !== after.get(name)).sort();
    if (added.length + removed.length + described.length === 0) return (await serviceById(tx, serviceId))!;

    const full = (name: string) => `${service.slug}:${name}`;
    await tx.servicePermission.deleteMany({ where: { serviceId, name: { in: removed } } });
    await tx.servicePermission.createMany({ data: added.map((name) => ({ serviceId, name, description: after.get(name)! })) });
    for (const name of described) {
      await tx.servicePermission.update({ where: { serviceId_name: { serviceId, name } }, data: { description: after.get(name)! } });
    }
    const cascade = await removePermissions(tx, actor, removed.map(full), { service: service.slug, action: "service.permissions_changed" });
    // touch updatedAt: the service's answer (and its ETag) changes with its permissions
    await tx.service.update({ where: { id: serviceId }, data: { updatedAt: new Date() }, select: { id: true } });
    await recordAudit(tx, actor, {
      action: "service.permissions_changed",
      target: { type: "service", id: serviceId, label: service.slug },
      details: {
        added: added.map(full),
        removed: removed.map(full),
        descriptionsChanged: described.map(full),
        groupsLosingGrants: cascade.groups,
        keysNarrowed: cascade.keys,
      },
    });
    return (await serviceById(tx, serviceId))!;
  });
}
