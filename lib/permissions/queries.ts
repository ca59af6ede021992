import "server-only";
// The catalogue for pages and the API: each read takes the actor and checks it.
import { requireAnyPermission, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { CatalogueEntry } from "./catalogue";
import { readCatalogue } from "./catalogue-reads";

/** The whole catalogue: for those who see groups' grants or the services. */
export async function getCatalogue({ actor }: { actor: Actor }): Promise<CatalogueEntry[]> {
  requireAnyPermission(actor, ["groups:read", "services:read", "services:write"]);
  return readCatalogue(db);
}

/** The part of the catalogue the actor holds: what they may put on a key. */
export async function heldCatalogue({ actor }: { actor: Actor }): Promise<CatalogueEntry[]> {
  return (await readCatalogue(db)).filter((entry) => actor.permissions.has(entry.permission));
}
