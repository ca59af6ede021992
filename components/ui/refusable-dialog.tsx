"use client";

import { AlertCircle } from "lucide-react";
import * as React from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import type { ActionOutcome } from "@/components/ui/use-server-action";

/**
 * Open, pending and refusal state for a dialog whose action may be refused.
 * `run` takes a server action's run (useServerAction with `refusal: "inline"`): when it succeeds
 * the dialog closes; when refused, the reason is kept for RefusalAlert and the dialog stays
 * open. The dialog cannot be closed while pending.
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

  const run = async (action: () => Promise<ActionOutcome<unknown>>) => {
    setPending(true);
    setRefusal(null);
    try {
      const outcome = await action();
      if (outcome.ok) setOpen(false);
      else setRefusal(outcome.message);
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
