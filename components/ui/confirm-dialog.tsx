"use client";

import * as React from "react";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { RefusalAlert, useRefusableDialog } from "@/components/ui/refusable-dialog";
import type { ActionOutcome } from "@/components/ui/use-server-action";

type ConfirmDialogProps = {
  /** The element that opens the dialog (rendered asChild). */
  trigger: React.ReactElement;
  title: React.ReactNode;
  description: React.ReactNode;
  /** Repeats the verb: "Delete user", "Remove", "Disable user". */
  confirmLabel: string;
  destructive?: boolean;
  /**
   * Does the thing: a useServerAction run with `refusal: "inline"`. When it succeeds the dialog
   * closes; when refused, the reason is shown in an alert inside the dialog, which stays open.
   */
  onConfirm: () => Promise<ActionOutcome<unknown>>;
};

/** A confirmation for a destructive action (alertdialog). Focus starts on Cancel. */
export function ConfirmDialog({ trigger, title, description, confirmLabel, destructive = true, onConfirm }: ConfirmDialogProps) {
  const { open, onOpenChange, pending, refusal, run } = useRefusableDialog();

  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <RefusalAlert refusal={refusal} />
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          {/* A plain button, not AlertDialogAction: the dialog must stay open when refused. */}
          <Button variant={destructive ? "destructive" : "default"} pending={pending} onClick={() => run(onConfirm)}>
            {confirmLabel}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
