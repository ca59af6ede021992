"use client";

import { AlertCircle } from "lucide-react";
import * as React from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { SearchableChecklist, type ChecklistItem } from "@/components/ui/searchable-checklist";

type PickerDialogProps = {
  trigger: React.ReactElement;
  title: string;
  description: React.ReactNode;
  searchLabel: string;
  confirmLabel: string;
  queryKey: readonly unknown[];
  search: (q: string) => Promise<ChecklistItem[]>;
  emptyText: string;
  /** Returns null when done (the dialog closes) or why it was refused (shown in an alert). */
  onConfirm: (ids: string[]) => Promise<string | null>;
};

/** Choose several items from a searchable list, then confirm (e.g. "Add members"). */
export function PickerDialog({ trigger, title, description, searchLabel, confirmLabel, queryKey, search, emptyText, onConfirm }: PickerDialogProps) {
  const id = React.useId();
  const [open, setOpen] = React.useState(false);
  const [selected, setSelected] = React.useState<ChecklistItem[]>([]);
  const [pending, setPending] = React.useState(false);
  const [refusal, setRefusal] = React.useState<string | null>(null);

  const onOpenChange = (next: boolean) => {
    if (pending) return;
    setOpen(next);
    if (next) {
      setSelected([]);
      setRefusal(null);
    }
  };

  const confirm = async () => {
    setPending(true);
    setRefusal(null);
    try {
      const reason = await onConfirm(selected.map((item) => item.id));
      if (reason) setRefusal(reason);
      else setOpen(false);
    } finally {
      setPending(false);
    }
  };

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
        {refusal ? (
          <Alert variant="destructive">
            <AlertCircle aria-hidden />
            <AlertDescription>{refusal}</AlertDescription>
          </Alert>
        ) : null}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline" disabled={pending}>
              Cancel
            </Button>
          </DialogClose>
          <Button onClick={confirm} pending={pending} disabled={selected.length === 0}>
            {confirmLabel}
            {selected.length > 1 ? ` (${selected.length})` : ""}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
