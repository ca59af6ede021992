import { BUILT_IN_PERMISSIONS } from "@/lib/permissions/catalogue";
import type { Actor } from "./actor";

/** Holds every permission, also those services define later (iterating lists the built-in ones). */
class EveryPermission extends Set<string> {
  override has(): boolean {
    return true;
  }
}

/** The actor of operator commands (npm run admin, first start): audited as "system". */
export const SYSTEM_ACTOR: Actor = {
  userId: "system",
  email: "system",
  name: "System",
  permissions: new EveryPermission(BUILT_IN_PERMISSIONS),
  ip: null,
};

export const isSystem = (actor: Actor) => actor === SYSTEM_ACTOR;
