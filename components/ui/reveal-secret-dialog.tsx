"use client";

import { Check, Copy, TriangleAlert } from "lucide-react";
import { useEffect, useRef, type ReactNode } from "react";
import { useCopyToClipboard } from "@/components/api-keys/use-copy-to-clipboard";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

export type RevealedSecret = { name: string; plaintext: string };

type Props = {
  revealed: RevealedSecret | null;
  onDone: () => void;
  /** What the secret is, in lower case ("key", "token"): the warning and hints name it. */
  noun: string;
  title: string;
  description: ReactNode;
  /** The read-only field's label and id. */
  label: string;
  fieldId: string;
  /** Buttons beside Copy (e.g. Download). */
  actions?: ReactNode;
  /** How the secret is used. */
  hint: ReactNode;
};

/**
 * Shows a new secret (an API key, a service token) once. The plaintext lives only in the
 * parent's state while this is open; Done clears it. Clicks outside and Escape do not close
 * it, and leaving the page asks first, so the secret is not lost by accident.
 */
export function RevealSecretDialog({ revealed, onDone, noun, title, description, label, fieldId, actions, hint }: Props) {
  const field = useRef<HTMLInputElement>(null);
  const { state, copy } = useCopyToClipboard();

  useEffect(() => {
    if (!revealed) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [revealed]);

  return (
    <Dialog open={revealed !== null}>
      <DialogContent
        showCloseButton={false}
        onEscapeKeyDown={(event) => event.preventDefault()}
        onInteractOutside={(event) => event.preventDefault()}
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          field.current?.select();
          field.current?.focus();
        }}
        className="sm:max-w-xl"
      >
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <Alert className="border-warning bg-warning/10">
          <TriangleAlert aria-hidden="true" />
          <AlertTitle>You will not see this {noun} again</AlertTitle>
          <AlertDescription>
            Latchkey keeps only a fingerprint of it, so it cannot be shown again. If you lose it, revoke it and create a new one.
          </AlertDescription>
        </Alert>
        <FormField
          id={fieldId}
          label={label}
          description={state === "manual" ? `Your browser did not let Latchkey copy. The ${noun} is selected: press Ctrl+C (⌘C on a Mac) to copy it.` : undefined}
        >
          <Input
            ref={field}
            readOnly
            value={revealed?.plaintext ?? ""}
            onFocus={(event) => event.currentTarget.select()}
            spellCheck={false}
            autoComplete="off"
            className="font-mono"
            {...fieldA11y(fieldId, null, { description: state === "manual" })}
          />
        </FormField>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="outline" onClick={() => revealed && copy(revealed.plaintext, field.current)}>
            {state === "copied" ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
            {state === "copied" ? "Copied" : "Copy"}
          </Button>
          {actions}
        </div>
        <p className="text-sm text-muted-foreground">{hint}</p>
        <DialogFooter>
          <Button type="button" onClick={onDone}>
            Done
          </Button>
        </DialogFooter>
        <p aria-live="polite" className="sr-only">
          {state === "copied" ? `${label} copied to the clipboard` : ""}
        </p>
      </DialogContent>
    </Dialog>
  );
}
