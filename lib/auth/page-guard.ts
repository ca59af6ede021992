import "server-only";
import { forbidden } from "next/navigation";
import type { Permission } from "@/lib/permissions/catalogue";
import { can, type Actor } from "./actor";
import { requireSessionActor } from "./session";

/** For pages: the signed-in actor holding `permission` (or one of several); otherwise sign-in or a 403 page. */
export async function requirePagePermission(permission: Permission | Permission[]): Promise<Actor> {
  const actor = await requireSessionActor();
  if (!(Array.isArray(permission) ? permission : [permission]).some((one) => can(actor, one))) forbidden();
  return actor;
}
