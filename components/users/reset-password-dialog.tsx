"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { KeyRound } from "lucide-react";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormDialogFooter } from "@/components/ui/form-dialog-footer";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useServerAction } from "@/components/ui/use-server-action";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";
import { resetPasswordFormSchema } from "@/lib/users/schemas";
import { resetPasswordAction } from "@/lib/users/user-actions";
import { ShownOncePassword } from "./shown-once-password";

type FormInput = z.input<typeof resetPasswordFormSchema>;
const DEFAULTS: FormInput = { password: "", generatePassword: true };

/** Sets a new password for someone else (typed or generated); their sessions end. */
export function ResetPasswordDialog({ userId, name }: { userId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [generated, setGenerated] = useState<string | null>(null);
  const form = useForm<FormInput>({ resolver: zodResolver(resetPasswordFormSchema), defaultValues: DEFAULTS });
  const { errors } = form.formState;
  const generate = useWatch({ control: form.control, name: "generatePassword" });

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) {
      form.reset(DEFAULTS);
      setGenerated(null);
    }
  };

  const reset = useServerAction(resetPasswordAction, {
    setError: form.setError,
    success: `${name}'s password was reset`,
    onSuccess: ({ generatedPassword }) => (generatedPassword ? setGenerated(generatedPassword) : onOpenChange(false)),
  });
  const onSubmit = form.handleSubmit((values) => reset.run({ userId, password: values.generatePassword ? undefined : values.password }));

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <KeyRound aria-hidden /> Reset password
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Reset password</DialogTitle>
          <DialogDescription>{name} is signed out everywhere and signs in with the new password.</DialogDescription>
        </DialogHeader>
        {generated ? (
          <>
            <ShownOncePassword password={generated} who={name} />
            <DialogFooter>
              <Button onClick={() => onOpenChange(false)}>Done</Button>
            </DialogFooter>
          </>
        ) : (
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <div className="flex items-center gap-2">
              <Checkbox id="reset-generate" checked={generate} onCheckedChange={(checked) => form.setValue("generatePassword", checked === true)} />
              <Label htmlFor="reset-generate" className="font-normal">
                Generate one for me (shown once)
              </Label>
            </div>
            <FormField
              id="reset-password"
              label="New password"
              required
              error={errors.password?.message}
              description={`At least ${PASSWORD_MIN_LENGTH} characters; common or guessable passwords are refused.`}
              className={generate ? "hidden" : undefined}
            >
              <Input type="password" autoComplete="new-password" {...fieldA11y("reset-password", errors.password?.message, { description: true })} {...form.register("password")} />
            </FormField>
            <FormDialogFooter submitLabel="Reset password" pending={reset.pending} onCancel={() => onOpenChange(false)} />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
