"use client";

import * as React from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { RefusalAlert, useRefusableDialog } from "@/components/ui/refusable-dialog";
import { SearchableChecklist, type ChecklistItem } from "@/components/ui/searchable-checklist";
import type { ActionOutcome } from "@/components/ui/use-server-action";

type PickerDialogProps = {
  trigger: React.ReactElement;
  title: string;
  description: React.ReactNode;
  searchLabel: string;
  confirmLabel: string;
  queryKey: readonly unknown[];
  search: (q: string) => Promise<ChecklistItem[]>;
  emptyText: string;
  /** A useServerAction run with `refusal: "inline"`: the dialog closes when it succeeds, shows why when refused. */
  onConfirm: (ids: string[]) => Promise<ActionOutcome<unknown>>;
};

/** Choose several items from a searchable list, then confirm (e.g. "Add members"). */
export function PickerDialog({ trigger, title, description, searchLabel, confirmLabel, queryKey, search, emptyText, onConfirm }: PickerDialogProps) {
  const id = React.useId();
  const [selected, setSelected] = React.useState<ChecklistItem[]>([]);
  const { open, onOpenChange, pending, refusal, run } = useRefusableDialog({ onOpen: () => setSelected([]) });

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {open ? (
          <SearchableChecklist
            id={id}
            searchLabel={searchLabel}
            queryKey={queryKey}
            search={search}
            selected={selected}
            onSelectedChange={setSelected}
            emptyText={emptyText}
          />
        ) : null}
        <RefusalAlert refusal={refusal} />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline" disabled={pending}>
              Cancel
            </Button>
          </DialogClose>
          <Button onClick={() => run(() => onConfirm(selected.map((item) => item.id)))} pending={pending} disabled={selected.length === 0}>
            {confirmLabel}
            {selected.length > 1 ? ` (${selected.length})` : ""}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
