"use client";

import { AlertCircle } from "lucide-react";
import * as React from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
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

type ConfirmDialogProps = {
  /** The element that opens the dialog (rendered asChild). */
  trigger: React.ReactElement;
  title: React.ReactNode;
  description: React.ReactNode;
  /** Repeats the verb: "Delete user", "Remove", "Disable user". */
  confirmLabel: string;
  destructive?: boolean;
  /**
   * Does the thing. Returns null when done (the dialog closes), or why it was refused:
   * the reason is shown in an alert inside the dialog, which stays open.
   */
  onConfirm: () => Promise<string | null>;
};

/** A confirmation for a destructive action (alertdialog). Focus starts on Cancel. */
export function ConfirmDialog({ trigger, title, description, confirmLabel, destructive = true, onConfirm }: ConfirmDialogProps) {
  const [open, setOpen] = React.useState(false);
  const [pending, setPending] = React.useState(false);
  const [refusal, setRefusal] = React.useState<string | null>(null);

  const onOpenChange = (next: boolean) => {
    if (pending) return;
    setOpen(next);
    if (next) setRefusal(null);
  };

  const confirm = async () => {
    setPending(true);
    setRefusal(null);
    try {
      const reason = await onConfirm();
      if (reason) setRefusal(reason);
      else setOpen(false);
    } finally {
      setPending(false);
    }
  };

  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        {refusal ? (
          <Alert variant="destructive">
            <AlertCircle aria-hidden />
            <AlertDescription>{refusal}</AlertDescription>
          </Alert>
        ) : null}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          {/* A plain button, not AlertDialogAction: the dialog must stay open when refused. */}
          <Button variant={destructive ? "destructive" : "default"} pending={pending} onClick={confirm}>
            {confirmLabel}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
