"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useServerAction } from "@/components/ui/use-server-action";
import { confirmAccessAction } from "@/lib/sessions/session-actions";
import { setConfirmationPrompt } from "./confirmed";

/** Mounted once in the console: the dialog useServerAction opens for a sensitive action (./confirmed.ts). */
export function ConfirmAccessDialog({ twoFactor }: { twoFactor: boolean }) {
  const [pending, setPending] = useState<((confirmed: boolean) => void) | null>(null);
  const [useCode, setUseCode] = useState(false);
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const confirm = useServerAction(confirmAccessAction, { refusal: "inline" });

  useEffect(() => {
    setConfirmationPrompt(
      () =>
        new Promise<boolean>((resolve) => {
          setValue("");
          setError(null);
          setUseCode(false);
          setPending(() => resolve);
        }),
    );
    return () => setConfirmationPrompt(null);
  }, []);

  const finish = (confirmedNow: boolean) => {
    pending?.(confirmedNow);
    setPending(null);
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const label = useCode ? "the code" : "your password";
    if (!value.trim()) return setError(`Enter ${label}`);
    const outcome = await confirm.run(useCode ? { code: value } : { password: value });
    if (outcome.ok) return finish(true);
    setValue("");
    setError(outcome.message);
  }

  const id = useCode ? "confirm-access-code" : "confirm-access-password";
  return (
    <Dialog open={pending !== null} onOpenChange={(open) => !open && finish(false)}>
      <DialogContent>
        <form onSubmit={submit} noValidate className="grid gap-4">
          <DialogHeader>
            <DialogTitle>Confirm access</DialogTitle>
            <DialogDescription>
              This is a sensitive action and you last confirmed it is you more than 15 minutes ago. {useCode ? "Enter a code from your authenticator app." : "Enter your password to continue."}
            </DialogDescription>
          </DialogHeader>
          <FormField id={id} label={useCode ? "Authentication code" : "Password"} error={error}>
            <Input
              key={id}
              type={useCode ? "text" : "password"}
              inputMode={useCode ? "numeric" : undefined}
              autoComplete={useCode ? "one-time-code" : "current-password"}
              autoFocus
              value={value}
              onChange={(event) => setValue(event.target.value)}
              {...fieldA11y(id, error)}
            />
          </FormField>
          {twoFactor ? (
            <Button
              type="button"
              variant="link"
              className="justify-self-start px-0"
              onClick={() => {
                setUseCode(!useCode);
                setValue("");
                setError(null);
              }}
            >
              {useCode ? "Use your password instead" : "Use an authentication code instead"}
            </Button>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => finish(false)} disabled={confirm.pending}>
              Cancel
            </Button>
            <Button type="submit" pending={confirm.pending}>
              Confirm
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
