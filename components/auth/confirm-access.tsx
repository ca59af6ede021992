"use client";

import { useEffect, useState } from "react";
import { refusalOf } from "@/components/users/action-result";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { ActionError } from "@/lib/actions/client";
import { CONFIRMATION_REQUIRED } from "@/lib/actions/confirmation-code";
import { confirmAccessAction } from "@/lib/sessions/session-actions";

// Sensitive actions refuse a console session not confirmed in the last 15 minutes
// (lib/sessions/confirmation.ts). Wrapping such an action in confirmed() makes that refusal a
// question instead: the one Confirm access dialog asks for the password (or a code), then the
// action runs once more. Cancelling leaves the refusal as the action's answer.
let ask: (() => Promise<boolean>) | null = null;

type Result = { serverError?: ActionError } | undefined;

export function confirmed<I extends unknown[], R extends Result>(action: (...input: I) => Promise<R>): (...input: I) => Promise<R> {
  return async (...input) => {
    const result = await action(...input);
    if (result?.serverError?.code !== CONFIRMATION_REQUIRED || !ask) return result;
    return (await ask()) ? action(...input) : result;
  };
}

/** Mounted once in the console: the dialog confirmed() opens. */
export function ConfirmAccessDialog({ twoFactor }: { twoFactor: boolean }) {
  const [pending, setPending] = useState<((confirmed: boolean) => void) | null>(null);
  const [useCode, setUseCode] = useState(false);
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    ask = () =>
      new Promise<boolean>((resolve) => {
        setValue("");
        setError(null);
        setUseCode(false);
        setPending(() => resolve);
      });
    return () => {
      ask = null;
    };
  }, []);

  const finish = (confirmedNow: boolean) => {
    pending?.(confirmedNow);
    setPending(null);
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const label = useCode ? "the code" : "your password";
    if (!value.trim()) return setError(`Enter ${label}`);
    setSubmitting(true);
    const result = await confirmAccessAction(useCode ? { code: value } : { password: value });
    setSubmitting(false);
    const refusal = refusalOf(result);
    if (refusal) {
      setValue("");
      return setError(refusal);
    }
    finish(true);
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
            <Button type="button" variant="outline" onClick={() => finish(false)} disabled={submitting}>
              Cancel
            </Button>
            <Button type="submit" pending={submitting}>
              Confirm
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
