import "server-only";
// The reads of services for pages and the API: each takes the actor and checks it.
import { requireAnyPermission, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { containsInsensitive, emptySql, joinSql, sql } from "@/lib/db/sql";
import { SERVICE_SELECT, serviceById, toService } from "./service-reads";

/** Who may change services may also see them. */
export const requireServicesRead = (actor: Actor) => requireAnyPermission(actor, ["services:read", "services:write"]);

/** Every service by name, with its permissions and how many there are (services are few). */
export async function listServices({ actor }: { actor: Actor }) {
  requireServicesRead(actor);
  const rows = await db.service.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: SERVICE_SELECT });
  return rows.map((row) => ({ ...toService(row), permissionCount: row.permissions.length }));
}
export type ServiceListRow = Awaited<ReturnType<typeof listServices>>[number];

/** Keyset pages in id order, for the API. */
export async function listServicesAfter({ actor, q = "", limit, cursor }: { actor: Actor; q?: string; limit: number; cursor?: string }) {
  requireServicesRead(actor);
  // Names and slugs ignoring case alike on both providers (lib/db/sql.ts), for ids only.
  const conditions = [...(q ? [sql`(${containsInsensitive('"name"', q)} OR ${containsInsensitive('"slug"', q.toLowerCase())})`] : []), ...(cursor ? [sql`"id" > ${cursor}`] : [])];
  const where = conditions.length ? sql`WHERE ${joinSql(conditions, " AND ")}` : emptySql;
  const ids = (await db.$queryRaw<{ id: string }[]>(sql`SELECT "id" FROM "Service" ${where} ORDER BY "id" ASC LIMIT ${limit + 1}`)).map((row) => row.id);
  const rows = await db.service.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" }, select: SERVICE_SELECT });
  const page = rows.slice(0, limit).map(toService);
  return { rows: page, nextCursor: rows.length > limit ? page.at(-1)!.id : null };
}

/**
 * One service with its permissions, the groups granting each, and how many keys are bound
 * to it; null when there is none.
 */
export async function getService({ actor, serviceId }: { actor: Actor; serviceId: string }) {
  requireServicesRead(actor);
  const service = await serviceById(db, serviceId);
  if (!service) return null;
  const [grants, boundKeyCount] = await Promise.all([
    db.groupPermission.findMany({
      where: { permission: { in: service.permissions.map((permission) => permission.permission) } },
      select: { permission: true, group: { select: { id: true, name: true } } },
      orderBy: { group: { name: "asc" } },
    }),
    db.apiKeyService.count({ where: { serviceId } }),
  ]);
  return {
    ...service,
    permissions: service.permissions.map((permission) => ({
      ...permission,
      groups: grants.filter((grant) => grant.permission === permission.permission).map((grant) => grant.group),
    })),
    boundKeyCount,
  };
}
export type ServiceDetail = NonNullable<Awaited<ReturnType<typeof getService>>>;
