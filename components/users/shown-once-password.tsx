"use client";

import { Check, Copy, TriangleAlert } from "lucide-react";
import { useRef } from "react";
import { useCopyToClipboard } from "@/components/api-keys/use-copy-to-clipboard";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** A generated password, shown once, with a Copy button. */
export function ShownOncePassword({ password, who }: { password: string; who: string }) {
  const field = useRef<HTMLInputElement>(null);
  const { state, copy } = useCopyToClipboard();
  return (
    <div className="grid gap-3">
      <Alert role="status">
        <TriangleAlert aria-hidden />
        <AlertDescription>
          This password is shown once. Give it to {who} over a safe channel; they can change it under Preferences.
        </AlertDescription>
      </Alert>
      <div className="grid gap-2">
        <Label htmlFor="generated-password">Generated password</Label>
        <div className="flex gap-2">
          <Input
            ref={field}
            id="generated-password"
            readOnly
            value={password}
            className="font-mono"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button type="button" variant="outline" onClick={() => copy(password, field.current)}>
            {state === "copied" ? <Check aria-hidden /> : <Copy aria-hidden />}
            {state === "copied" ? "Copied" : "Copy"}
          </Button>
        </div>
        {state === "manual" ? <p className="text-sm text-muted-foreground">Copying is blocked here: the password is selected, copy it yourself.</p> : null}
      </div>
    </div>
  );
}
