import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { ConflictError } from "@/lib/errors";
import { PRESET_NAME_IN_USE, assertPresetPermissions } from "./rules";
import { createAccessPresetSchema, type CreateAccessPresetInput } from "./schemas";
import { accessPresetSelect, toAccessPreset } from "./summary";

/** Creates a preset offered in the Create API key dialog. Managing presets needs api_keys:manage. */
export async function createAccessPreset({ actor, input }: { actor: Actor; input: CreateAccessPresetInput }) {
  requirePermission(actor, "api_keys:manage");
  const data = createAccessPresetSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      await assertPresetPermissions(tx, actor, data.permissions);
      const preset = await tx.accessPreset.create({
        data: { name: data.name, description: data.description, permissions: JSON.stringify(data.permissions) },
        select: accessPresetSelect,
      });
      await recordAudit(tx, actor, {
        action: "access_preset.created",
        target: { type: "access_preset", id: preset.id, label: preset.name },
        details: { name: data.name, description: data.description, permissions: data.permissions },
      });
      return toAccessPreset(preset);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(PRESET_NAME_IN_USE, { name: [PRESET_NAME_IN_USE] });
    throw error;
  }
}
