import "server-only";
import type { Db, Tx } from "@/lib/db";
import { BUILT_IN_CATALOGUE, type CatalogueEntry, type Permission } from "./catalogue";

/** The whole catalogue now: Latchkey's own permissions, then each service's, by slug and name. */
export async function readCatalogue(client: Db | Tx): Promise<CatalogueEntry[]> {
  const services = await client.service.findMany({
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, name: true, permissions: { orderBy: { name: "asc" }, select: { name: true, description: true } } },
  });
  return [
    ...BUILT_IN_CATALOGUE,
    ...services.flatMap(({ permissions, ...service }) =>
      permissions.map(({ name, description }) => ({ permission: `${service.slug}:${name}`, description, service })),
    ),
  ];
}

/** The names of the catalogue's permissions, for checking membership. */
export async function catalogueNames(client: Db | Tx): Promise<Set<Permission>> {
  return new Set((await readCatalogue(client)).map((entry) => entry.permission));
}
