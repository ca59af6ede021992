import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { accessPresetSelect, toAccessPreset, type AccessPreset } from "./summary";

/** Every preset, by name: for those who manage them and for those who create keys (the dialog offers them). */
export async function listAccessPresets({ actor }: { actor: Actor }): Promise<AccessPreset[]> {
  if (!actor.permissions.has("api_keys:manage") && !actor.permissions.has("api_keys:create")) {
    throw new ForbiddenError("This needs the api_keys:create or api_keys:manage permission.", "permission_missing");
  }
  const rows = await db.accessPreset.findMany({ orderBy: { name: "asc" }, select: accessPresetSelect });
  return rows.map(toAccessPreset);
}
