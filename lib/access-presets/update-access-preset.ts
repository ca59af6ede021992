import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { changes, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertCanGrant } from "@/lib/permissions/escalation";
import { PRESET_NAME_IN_USE, assertPresetPermissions, livePermissions } from "./rules";
import { updateAccessPresetSchema, type UpdateAccessPresetInput } from "./schemas";
import { accessPresetSelect, parsePresetPermissions, toAccessPreset } from "./summary";

/** Replaces a preset's name, description and permissions. Keys made from it keep their scopes. */
export async function updateAccessPreset({ actor, input }: { actor: Actor; input: UpdateAccessPresetInput }) {
  requirePermission(actor, "api_keys:manage");
  const { id, ...data } = updateAccessPresetSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.accessPreset.findUnique({ where: { id }, select: accessPresetSelect });
      if (!before) throw new NotFoundError("Access preset");
      const beforePermissions = parsePresetPermissions(before.permissions);
      // Like groups: changing a preset needs what it carries now as well as what it will carry.
      assertCanGrant(actor, await livePermissions(tx, beforePermissions));
      await assertPresetPermissions(tx, actor, data.permissions);
      const preset = await tx.accessPreset.update({
        where: { id },
        data: { name: data.name, description: data.description, permissions: JSON.stringify(data.permissions) },
        select: accessPresetSelect,
      });
      await recordAudit(tx, actor, {
        action: "access_preset.updated",
        target: { type: "access_preset", id, label: preset.name },
        details: {
          ...changes({ name: before.name, description: before.description }, { name: data.name, description: data.description }),
          permissions: { before: beforePermissions, after: data.permissions },
        },
      });
      return toAccessPreset(preset);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(PRESET_NAME_IN_USE, { name: [PRESET_NAME_IN_USE] });
    throw error;
  }
}
