"use client";

import { GroupedPermissions } from "@/components/permissions/grouped-permissions";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { AccessPreset } from "@/lib/access-presets/summary";
import type { ApiKeyAccess } from "@/lib/api-keys/schemas";
import type { CatalogueEntry, Permission } from "@/lib/permissions/catalogue";

function AccessOption({ value, label, hint }: { value: ApiKeyAccess; label: string; hint: string }) {
  return (
    <div className="flex items-start gap-3">
      <RadioGroupItem value={value} id={`api-key-access-${value}`} aria-describedby={`api-key-access-${value}-hint`} className="mt-0.5" />
      <div className="grid gap-1">
        <Label htmlFor={`api-key-access-${value}`}>{label}</Label>
        <p id={`api-key-access-${value}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      </div>
    </div>
  );
}

/** What a key made from the preset would get (the server computes the same), and what is left out. */
function PresetPreview({ preset, held }: { preset: AccessPreset; held: CatalogueEntry[] }) {
  const heldNames = new Set(held.map((entry) => entry.permission));
  const gets = preset.permissions.filter((permission) => heldNames.has(permission));
  const lacks = preset.permissions.filter((permission) => !heldNames.has(permission));
  return (
    <div className="grid gap-2 rounded-md border p-3 text-sm" aria-live="polite" data-testid="preset-preview">
      {preset.description && <p className="text-muted-foreground">{preset.description}</p>}
      <div>
        <p className="font-medium">The key will get</p>
        {gets.length > 0 ? (
          <ul aria-label="The key will get" className="mt-1 flex flex-wrap gap-1">
            {gets.map((permission) => (
              <li key={permission} className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">
                {permission}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-destructive">Nothing: you hold none of this preset&apos;s permissions.</p>
        )}
      </div>
      {lacks.length > 0 && (
        <div>
          <p className="font-medium">Left out because you do not hold them</p>
          <ul aria-label="Left out because you do not hold them" className="mt-1 flex flex-wrap gap-1">
            {lacks.map((permission) => (
              <li key={permission} className="rounded border px-1.5 py-0.5 font-mono text-xs text-muted-foreground line-through">
                {permission}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Access: inherit the owner's permissions, take a preset's (of those held), or choose among those held. */
export function AccessField({
  access,
  onAccessChange,
  scopes,
  onScopesChange,
  presets,
  presetId,
  onPresetChange,
  held,
  error,
  presetError,
}: {
  access: ApiKeyAccess;
  onAccessChange: (access: ApiKeyAccess) => void;
  scopes: Permission[];
  onScopesChange: (scopes: Permission[]) => void;
  presets: AccessPreset[];
  presetId: string | undefined;
  onPresetChange: (presetId: string) => void;
  /** The catalogue's entries the owner holds. */
  held: CatalogueEntry[];
  error?: string;
  presetError?: string;
}) {
  const preset = presets.find((candidate) => candidate.id === presetId);
  return (
    <div className="grid gap-3">
      <span id="api-key-access-label" className="text-sm leading-none font-medium">
        Access
      </span>
      <RadioGroup value={access} onValueChange={(value) => onAccessChange(value as ApiKeyAccess)} aria-labelledby="api-key-access-label">
        <AccessOption value="inherit" label="Inherit my permissions" hint="The key can do what you can, and follows your permissions as they change." />
        {presets.length > 0 && (
          <AccessOption value="preset" label="Use a preset" hint="A set of permissions the administrators prepared; the key gets those of them you hold." />
        )}
        <AccessOption value="choose" label="Choose permissions" hint="The key can do only what you pick, and never more than you can." />
      </RadioGroup>
      {access === "preset" && (
        <div className="grid gap-2">
          <Label htmlFor="api-key-preset">Preset</Label>
          <Select value={presetId ?? ""} onValueChange={onPresetChange}>
            <SelectTrigger id="api-key-preset" aria-invalid={!!presetError || undefined} aria-describedby={presetError ? "api-key-preset-error" : undefined}>
              <SelectValue placeholder="Choose a preset" />
            </SelectTrigger>
            <SelectContent>
              {presets.map((candidate) => (
                <SelectItem key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          {preset && <PresetPreview preset={preset} held={held} />}
          {presetError && (
            <p id="api-key-preset-error" role="alert" className="text-sm font-medium text-destructive">
              {presetError}
            </p>
          )}
        </div>
      )}
      {access === "choose" && (
        <div className="grid gap-2" aria-describedby={error ? "api-key-scopes-error" : undefined}>
          <GroupedPermissions entries={held} value={scopes} onChange={onScopesChange} idPrefix="api-key-scope" invalid={!!error} />
          {error && (
            <p id="api-key-scopes-error" role="alert" className="text-sm font-medium text-destructive">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
