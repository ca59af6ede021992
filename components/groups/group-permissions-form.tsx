"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { useServerAction } from "@/components/ui/use-server-action";
import { setGroupPermissionsAction } from "@/lib/groups/group-actions";
import type { CatalogueEntry, Permission } from "@/lib/permissions/catalogue";

type Props = { groupId: string; initial: Permission[]; builtIn: boolean; canChange: boolean; catalogue: CatalogueEntry[] };

/** One checkbox per permission, labelled with its name and what it allows. */
export function GroupPermissionsForm({ groupId, initial, builtIn, canChange, catalogue }: Props) {
  const [saved, setSaved] = useState<Permission[]>(initial);
  const [chosen, setChosen] = useState<Set<Permission>>(new Set(initial));
  // The choice stays on screen when refused, so nothing is lost.
  const save = useServerAction(setGroupPermissionsAction, { success: "Permissions saved", onSuccess: (_, { permissions }) => setSaved(permissions) });
  const editable = canChange && !builtIn;
  const dirty = chosen.size !== saved.length || saved.some((permission) => !chosen.has(permission));

  const toggle = (permission: Permission, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(permission);
      else next.delete(permission);
      return next;
    });

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    void save.run({ groupId, permissions: catalogue.map((entry) => entry.permission).filter((permission) => chosen.has(permission)) });
  };

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <fieldset className="rounded-lg border" disabled={!editable}>
        <legend className="sr-only">Permissions</legend>
        <ul className="divide-y">
          {catalogue.map(({ permission, description, service }) => {
            const id = `permission-${permission.replace(/\W/g, "-")}`;
            return (
              <li key={permission} className="flex items-start gap-3 px-4 py-3">
                <Checkbox
                  id={id}
                  checked={builtIn || chosen.has(permission)}
                  onCheckedChange={(on) => toggle(permission, on === true)}
                  aria-describedby={`${id}-description`}
                  className="mt-0.5"
                />
                <div className="grid gap-1">
                  <Label htmlFor={id} className="font-mono">
                    {permission}
                  </Label>
                  <p id={`${id}-description`} className="text-sm text-muted-foreground">
                    {service ? `${service.name}: ` : ""}
                    {description}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {builtIn ? (
        <p className="text-sm text-muted-foreground">The Administrators group always holds every permission, including any added later.</p>
      ) : canChange ? (
        <Button type="submit" pending={save.pending} disabled={!dirty}>
          Save permissions
        </Button>
      ) : null}
    </form>
  );
}
