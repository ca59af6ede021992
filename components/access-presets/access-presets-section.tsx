"use client";

import { Pencil, Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useServerAction } from "@/components/ui/use-server-action";
import { deleteAccessPresetAction } from "@/lib/access-presets/actions";
import type { AccessPreset } from "@/lib/access-presets/summary";
import type { CatalogueEntry } from "@/lib/permissions/catalogue";
import { PresetDialog } from "./preset-dialog";

function DeletePresetButton({ preset }: { preset: AccessPreset }) {
  const remove = useServerAction(deleteAccessPresetAction, { refusal: "inline", success: `${preset.name} was deleted` });
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" className="text-destructive">
          <Trash2 aria-hidden /> Delete<span className="sr-only"> {preset.name}</span>
        </Button>
      }
      title={`Delete ${preset.name}?`}
      description="It is no longer offered when creating keys. Keys made from it keep their permissions."
      confirmLabel="Delete preset"
      onConfirm={() => remove.run({ id: preset.id })}
    />
  );
}

/** Admin → Policy → Access presets: the table, New preset, and per row Edit and Delete. */
export function AccessPresetsSection({ presets, catalogue }: { presets: AccessPreset[]; catalogue: CatalogueEntry[] }) {
  return (
    <div className="space-y-4">
      <PresetDialog
        catalogue={catalogue}
        trigger={
          <Button>
            <Plus aria-hidden /> New preset
          </Button>
        }
      />
      {presets.length === 0 ? (
        <p className="text-sm text-muted-foreground">No presets yet. A preset offers a ready set of permissions when someone creates a key.</p>
      ) : (
        <Table aria-label="Access presets">
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Permissions</TableHead>
              <TableHead>Description</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {presets.map((preset) => (
              <TableRow key={preset.id}>
                <TableCell className="font-medium">{preset.name}</TableCell>
                <TableCell>
                  <ul className="flex max-w-md flex-wrap gap-1">
                    {preset.permissions.map((permission) => (
                      <li key={permission} className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">
                        {permission}
                      </li>
                    ))}
                  </ul>
                </TableCell>
                <TableCell className="text-sm text-muted-foreground">{preset.description}</TableCell>
                <TableCell className="text-right whitespace-nowrap">
                  <PresetDialog
                    preset={preset}
                    catalogue={catalogue}
                    trigger={
                      <Button variant="ghost" size="sm">
                        <Pencil aria-hidden /> Edit<span className="sr-only"> {preset.name}</span>
                      </Button>
                    }
                  />
                  <DeletePresetButton preset={preset} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
