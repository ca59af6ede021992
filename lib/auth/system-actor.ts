import { PERMISSIONS } from "@/lib/permissions/catalogue";
import type { Actor } from "./actor";

/** The actor of operator commands (npm run admin, first start): audited as "system". */
export const SYSTEM_ACTOR: Actor = {
  userId: "system",
  email: "system",
  name: "System",
  permissions: new Set(PERMISSIONS),
  ip: null,
};

export const isSystem = (actor: Actor) => actor === SYSTEM_ACTOR;
