"use client";

import { useState } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormDialogFooter } from "@/components/ui/form-dialog-footer";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useServerAction } from "@/components/ui/use-server-action";
import { setApiKeyRateLimitAction } from "@/lib/api-keys/actions";
import { setApiKeyRateLimitSchema } from "@/lib/api-keys/schemas";
import { useChangeKey } from "./keys-table";
import { returnFocusTo } from "./return-focus";

/** Administrators set one key's requests per minute; empty returns it to the policy default. */
export function RateLimitDialog({
  apiKey,
  defaultRateLimit,
  open,
  onOpenChange,
  returnFocus,
}: {
  apiKey: { id: string; name: string; rateLimit: number | null };
  defaultRateLimit?: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Where focus goes on close: the row's menu button (the menu item that opened this is gone). */
  returnFocus?: React.RefObject<HTMLButtonElement | null>;
}) {
  const [text, setText] = useState(apiKey.rateLimit?.toString() ?? "");
  const [error, setError] = useState<string | null>(null);
  const changeKey = useChangeKey();
  const save = useServerAction(setApiKeyRateLimitAction, {
    optimistic: ({ id, rateLimit }) => changeKey({ id, patch: { rateLimit } }),
    success: `Saved the rate limit of “${apiKey.name}”`,
    onSuccess: () => onOpenChange(false),
  });
  const id = `rate-limit-${apiKey.id}`;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = setApiKeyRateLimitSchema.safeParse({ id: apiKey.id, rateLimit: text.trim() === "" ? null : Number(text) });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Enter a whole number");
    setError(null);
    void save.run(parsed.data);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) setText(apiKey.rateLimit?.toString() ?? "");
        setError(null);
        onOpenChange(next);
      }}
    >
      <DialogContent onCloseAutoFocus={returnFocusTo(returnFocus)}>
        <DialogHeader>
          <DialogTitle>Rate limit for “{apiKey.name}”</DialogTitle>
          <DialogDescription>
            Requests per minute this key may make. Leave empty for the policy default{defaultRateLimit ? ` (${defaultRateLimit} per minute)` : ""}.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-5">
          <FormField id={id} label="Requests per minute" error={error}>
            <Input inputMode="numeric" value={text} onChange={(event) => setText(event.target.value)} placeholder={defaultRateLimit?.toString()} {...fieldA11y(id, error)} />
          </FormField>
          <FormDialogFooter submitLabel="Save" pending={save.pending} onCancel={() => onOpenChange(false)} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
