"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import type { CatalogueEntry, Permission } from "@/lib/permissions/catalogue";

type Access = "inherit" | "choose";

/** Access: inherit the owner's permissions, or choose among those the owner holds. */
export function AccessField({
  access,
  onAccessChange,
  scopes,
  onScopesChange,
  held,
  error,
}: {
  access: Access;
  onAccessChange: (access: Access) => void;
  scopes: Permission[];
  onScopesChange: (scopes: Permission[]) => void;
  /** The catalogue's entries the owner holds. */
  held: CatalogueEntry[];
  error?: string;
}) {
  const toggle = (permission: Permission, checked: boolean) =>
    onScopesChange(checked ? [...scopes, permission] : scopes.filter((scope) => scope !== permission));
  return (
    <div className="grid gap-3">
      <span id="api-key-access-label" className="text-sm leading-none font-medium">
        Access
      </span>
      <RadioGroup value={access} onValueChange={(value) => onAccessChange(value as Access)} aria-labelledby="api-key-access-label">
        <div className="flex items-start gap-3">
          <RadioGroupItem value="inherit" id="api-key-access-inherit" aria-describedby="api-key-access-inherit-hint" className="mt-0.5" />
          <div className="grid gap-1">
            <Label htmlFor="api-key-access-inherit">Inherit my permissions</Label>
            <p id="api-key-access-inherit-hint" className="text-sm text-muted-foreground">
              The key can do what you can, and follows your permissions as they change.
            </p>
          </div>
        </div>
        <div className="flex items-start gap-3">
          <RadioGroupItem value="choose" id="api-key-access-choose" aria-describedby="api-key-access-choose-hint" className="mt-0.5" />
          <div className="grid gap-1">
            <Label htmlFor="api-key-access-choose">Choose permissions</Label>
            <p id="api-key-access-choose-hint" className="text-sm text-muted-foreground">
              The key can do only what you pick, and never more than you can.
            </p>
          </div>
        </div>
      </RadioGroup>
      {access === "choose" && (
        <fieldset className="grid gap-2 rounded-md border p-3" aria-describedby={error ? "api-key-scopes-error" : undefined}>
          <legend className="px-1 text-sm font-medium">Permissions</legend>
          {held.map(({ permission, description, service }) => {
            const id = `api-key-scope-${permission.replace(/\W/g, "-")}`;
            return (
              <div key={permission} className="flex items-start gap-3">
                <Checkbox
                  id={id}
                  checked={scopes.includes(permission)}
                  onCheckedChange={(checked) => toggle(permission, checked === true)}
                  aria-describedby={`${id}-hint`}
                  aria-invalid={!!error || undefined}
                  className="mt-0.5"
                />
                <div className="grid gap-0.5">
                  <Label htmlFor={id} className="font-mono text-xs">
                    {permission}
                  </Label>
                  <p id={`${id}-hint`} className="text-xs text-muted-foreground">
                    {service ? `${service.name}: ` : ""}
                    {description}
                  </p>
                </div>
              </div>
            );
          })}
          {error && (
            <p id="api-key-scopes-error" role="alert" className="text-sm font-medium text-destructive">
              {error}
            </p>
          )}
        </fieldset>
      )}
    </div>
  );
}
