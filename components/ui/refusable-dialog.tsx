"use client";

import { AlertCircle } from "lucide-react";
import * as React from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";

/**
 * Open, pending and refusal state for a dialog whose action may be refused.
 * `run` takes an action returning null when done (the dialog closes) or why it was refused
 * (kept for RefusalAlert; the dialog stays open). The dialog cannot be closed while pending.
 */
export function useRefusableDialog({ onOpen }: { onOpen?: () => void } = {}) {
  const [open, setOpen] = React.useState(false);
  const [pending, setPending] = React.useState(false);
  const [refusal, setRefusal] = React.useState<string | null>(null);

  const onOpenChange = (next: boolean) => {
    if (pending) return;
    setOpen(next);
    if (next) {
      setRefusal(null);
      onOpen?.();
    }
  };

  const run = async (action: () => Promise<string | null>) => {
    setPending(true);
    setRefusal(null);
    try {
      const reason = await action();
      if (reason) setRefusal(reason);
      else setOpen(false);
    } finally {
      setPending(false);
    }
  };

  return { open, onOpenChange, pending, refusal, run };
}

/** Why the action was refused, inside the dialog; nothing when it was not. */
export function RefusalAlert({ refusal }: { refusal: string | null }) {
  if (!refusal) return null;
  return (
    <Alert variant="destructive">
      <AlertCircle aria-hidden />
      <AlertDescription>{refusal}</AlertDescription>
    </Alert>
  );
}
