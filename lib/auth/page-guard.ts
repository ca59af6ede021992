import "server-only";
import { forbidden } from "next/navigation";
import type { Permission } from "@/lib/permissions/catalogue";
import { can, type Actor } from "./actor";
import { requireSessionActor } from "./session";

/** For pages: the signed-in actor holding `permission`; otherwise sign-in or a 403 page. */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await requireSessionActor();
  if (!can(actor, permission)) forbidden();
  return actor;
}
