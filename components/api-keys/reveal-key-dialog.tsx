"use client";

import { Check, Copy, Download, TriangleAlert } from "lucide-react";
import { useEffect, useRef } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { apiKeyFileName, downloadTextFile } from "./download";
import { useCopyToClipboard } from "./use-copy-to-clipboard";

export type RevealedKey = { name: string; plaintext: string };

/**
 * Shows a new key once. The plaintext lives only in the parent's state while this is open;
 * Done clears it. Clicks outside and Escape do not close it, so the key is not lost by accident.
 */
export function RevealKeyDialog({ revealed, onDone }: { revealed: RevealedKey | null; onDone: () => void }) {
  const field = useRef<HTMLInputElement>(null);
  const { state, copy } = useCopyToClipboard();

  // Leaving the page would lose the key for good: let the browser ask first.
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
          <DialogTitle>Save your API key</DialogTitle>
          <DialogDescription>Your new key “{revealed?.name}” is ready. Copy it or download it now.</DialogDescription>
        </DialogHeader>
        <Alert className="border-warning bg-warning/10">
          <TriangleAlert aria-hidden="true" />
          <AlertTitle>You will not see this key again</AlertTitle>
          <AlertDescription>
            Latchkey keeps only a fingerprint of it, so it cannot be shown again. If you lose it, revoke it and create a new one.
          </AlertDescription>
        </Alert>
        <FormField id="revealed-api-key" label="API key" description={state === "manual" ? "Your browser did not let Latchkey copy. The key is selected: press Ctrl+C (⌘C on a Mac) to copy it." : undefined}>
          <Input
            ref={field}
            readOnly
            value={revealed?.plaintext ?? ""}
            onFocus={(event) => event.currentTarget.select()}
            spellCheck={false}
            autoComplete="off"
            className="font-mono"
            {...fieldA11y("revealed-api-key", null, { description: state === "manual" })}
          />
        </FormField>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="outline" onClick={() => revealed && copy(revealed.plaintext, field.current)}>
            {state === "copied" ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
            {state === "copied" ? "Copied" : "Copy"}
          </Button>
          <Button type="button" variant="outline" onClick={() => revealed && downloadTextFile(apiKeyFileName(revealed.name), `${revealed.plaintext}\n`)}>
            <Download aria-hidden="true" />
            Download
          </Button>
        </div>
        <p className="text-sm text-muted-foreground">
          Send it as <code className="rounded bg-muted px-1 py-0.5 text-xs">Authorization: Bearer &lt;key&gt;</code> (or{" "}
          <code className="rounded bg-muted px-1 py-0.5 text-xs">X-API-Key</code>) to <code className="rounded bg-muted px-1 py-0.5 text-xs">/api/v1</code>.
        </p>
        <DialogFooter>
          <Button type="button" onClick={onDone}>
            Done
          </Button>
        </DialogFooter>
        <p aria-live="polite" className="sr-only">
          {state === "copied" ? "API key copied to the clipboard" : ""}
        </p>
      </DialogContent>
    </Dialog>
  );
}
