import "server-only";
// Reads of services without an actor: for queries.ts, which checks the actor first, and for
// the operations answering with the service they changed.
import type { Db, Tx } from "@/lib/db";

export const SERVICE_SELECT = {
  id: true,
  name: true,
  slug: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  permissions: { orderBy: { name: "asc" }, select: { name: true, description: true } },
} as const;

/** A service with the permissions it defines (by name); null when there is none. */
export async function serviceById(client: Db | Tx, serviceId: string) {
  const row = await client.service.findUnique({ where: { id: serviceId }, select: SERVICE_SELECT });
  return row && toService(row);
}

type ServiceRow = {
  id: string;
  name: string;
  slug: string;
  description: string;
  createdAt: Date;
  updatedAt: Date;
  permissions: { name: string; description: string }[];
};

/** Field by field, so a new column never leaks. */
export function toService(row: ServiceRow) {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    permissions: row.permissions.map(({ name, description }) => ({ name, description, permission: `${row.slug}:${name}` })),
  };
}
export type Service = ReturnType<typeof toService>;
