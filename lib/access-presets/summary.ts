// The one shape in which presets leave lib/: an explicit select and a field-by-field mapper.
import type { Prisma } from "@/lib/db";
import { PERMISSION_PATTERN, type Permission } from "@/lib/permissions/catalogue";

export const accessPresetSelect = { id: true, name: true, description: true, permissions: true } satisfies Prisma.AccessPresetSelect;
type AccessPresetRow = Prisma.AccessPresetGetPayload<{ select: typeof accessPresetSelect }>;

export type AccessPreset = { id: string; name: string; description: string; permissions: Permission[] };

export function parsePresetPermissions(permissions: string): Permission[] {
  const parsed: unknown = JSON.parse(permissions);
  return Array.isArray(parsed) ? parsed.filter((p): p is Permission => typeof p === "string" && PERMISSION_PATTERN.test(p)) : [];
}

export function toAccessPreset(row: AccessPresetRow): AccessPreset {
  return { id: row.id, name: row.name, description: row.description, permissions: parsePresetPermissions(row.permissions) };
}
