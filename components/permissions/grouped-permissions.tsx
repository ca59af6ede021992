"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import type { CatalogueEntry, Permission } from "@/lib/permissions/catalogue";

export type PermissionGroup = { key: string; name: string; entries: CatalogueEntry[] };

/** The entries grouped by who defines them: Latchkey's own first, then each service in catalogue order. */
export function groupByService(entries: readonly CatalogueEntry[]): PermissionGroup[] {
  const groups = new Map<string, PermissionGroup>();
  for (const entry of entries) {
    const key = entry.service?.id ?? "latchkey";
    const group = groups.get(key) ?? { key, name: entry.service?.name ?? "Latchkey", entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (a.key === "latchkey" ? -1 : b.key === "latchkey" ? 1 : 0));
}

const idOf = (prefix: string, value: string) => `${prefix}-${value.replace(/\W/g, "-")}`;

/**
 * Checkboxes for permissions, one fieldset per service, each with an "All of <service>"
 * checkbox that shows whether none, some or all of the service's permissions are chosen.
 */
export function GroupedPermissions({
  entries,
  value,
  onChange,
  idPrefix,
  invalid,
}: {
  entries: readonly CatalogueEntry[];
  value: readonly Permission[];
  onChange: (value: Permission[]) => void;
  idPrefix: string;
  invalid?: boolean;
}) {
  const chosen = new Set(value);
  const set = (permissions: Permission[], checked: boolean) => {
    const next = new Set(chosen);
    for (const permission of permissions) {
      if (checked) next.add(permission);
      else next.delete(permission);
    }
    onChange([...next]);
  };
  return (
    <div className="grid gap-3">
      {groupByService(entries).map((group) => {
        const names = group.entries.map((entry) => entry.permission);
        const count = names.filter((name) => chosen.has(name)).length;
        const allId = idOf(`${idPrefix}-all`, group.key);
        return (
          <fieldset key={group.key} className="grid gap-2 rounded-md border p-3">
            <legend className="px-1 text-sm font-medium">{group.name}</legend>
            <div className="flex items-center gap-3">
              <Checkbox
                id={allId}
                checked={count === 0 ? false : count === names.length ? true : "indeterminate"}
                onCheckedChange={(checked) => set(names, checked === true)}
              />
              <Label htmlFor={allId}>All of {group.name}</Label>
            </div>
            {group.entries.map(({ permission, description }) => {
              const id = idOf(idPrefix, permission);
              return (
                <div key={permission} className="ml-6 flex items-start gap-3">
                  <Checkbox
                    id={id}
                    checked={chosen.has(permission)}
                    onCheckedChange={(checked) => set([permission], checked === true)}
                    aria-describedby={`${id}-hint`}
                    aria-invalid={invalid || undefined}
                    className="mt-0.5"
                  />
                  <div className="grid gap-0.5">
                    <Label htmlFor={id} className="font-mono text-xs">
                      {permission}
                    </Label>
                    <p id={`${id}-hint`} className="text-xs text-muted-foreground">
                      {description}
                    </p>
                  </div>
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
