import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { assertCanGrant } from "@/lib/permissions/escalation";
import { livePermissions } from "./rules";
import { deleteAccessPresetSchema, type DeleteAccessPresetInput } from "./schemas";
import { parsePresetPermissions } from "./summary";

/** Deletes a preset. Keys made from it keep their scopes: a preset is copied, not linked. */
export async function deleteAccessPreset({ actor, input }: { actor: Actor; input: DeleteAccessPresetInput }) {
  requirePermission(actor, "api_keys:manage");
  const { id } = deleteAccessPresetSchema.parse(input);
  await db.$transaction(async (tx) => {
    const preset = await tx.accessPreset.findUnique({ where: { id }, select: { name: true, description: true, permissions: true } });
    if (!preset) throw new NotFoundError("Access preset");
    const permissions = parsePresetPermissions(preset.permissions);
    assertCanGrant(actor, await livePermissions(tx, permissions));
    await tx.accessPreset.delete({ where: { id } });
    await recordAudit(tx, actor, {
      action: "access_preset.deleted",
      target: { type: "access_preset", id, label: preset.name },
      details: { name: preset.name, description: preset.description, permissions },
    });
  });
}
