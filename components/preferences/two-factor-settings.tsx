"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Check, Copy, Download, ShieldCheck, TriangleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { downloadTextFile } from "@/components/api-keys/download";
import { useCopyToClipboard } from "@/components/api-keys/use-copy-to-clipboard";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { RelativeTime } from "@/components/ui/relative-time";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/ui/use-server-action";
import {
  confirmTwoFactorEnrolmentAction,
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
  startTwoFactorEnrolmentAction,
} from "@/lib/two-factor/actions";
import { confirmEnrolmentSchema, type ConfirmEnrolmentInput } from "@/lib/two-factor/schemas";

type Enrolment = { secret: string; qrCode: string };

/** Preferences → Two-factor authentication: set it up with an app, keep recovery codes, turn it off. */
export function TwoFactorSettings({ enabledAt, recoveryCodesLeft }: { enabledAt: string | null; recoveryCodesLeft: number }) {
  const router = useRouter();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const start = useServerAction(startTwoFactorEnrolmentAction, { onSuccess: ({ secret, qrCode }) => setEnrolment({ secret, qrCode }) });
  const regenerate = useServerAction(regenerateRecoveryCodesAction, { refusal: "inline", onSuccess: (codes) => setRecoveryCodes(codes.recoveryCodes) });
  const turnOff = useServerAction(disableTwoFactorAction, { refusal: "inline", success: "Two-factor authentication is off" });

  const done = () => {
    setRecoveryCodes(null);
    setEnrolment(null);
    router.refresh();
  };

  return (
    <div className="space-y-4">
      {enabledAt ? (
        <>
          <p className="flex items-center gap-2">
            <ShieldCheck className="size-4 text-success" aria-hidden />
            <span>
              Two-factor authentication is on (since <RelativeTime date={enabledAt} />). Signing in asks for a code from your authenticator app.
            </span>
          </p>
          <p className="text-muted-foreground text-sm">
            {recoveryCodesLeft} of 10 recovery codes left. Each one signs you in once when your phone is not at hand.
          </p>
          <div className="flex flex-wrap gap-2">
            <ConfirmDialog
              trigger={<Button variant="outline">Regenerate recovery codes</Button>}
              title="Regenerate recovery codes?"
              description="Your current recovery codes stop working, and ten new ones are shown once."
              confirmLabel="Regenerate"
              destructive={false}
              onConfirm={() => regenerate.run()}
            />
            <ConfirmDialog
              trigger={<Button variant="outline">Turn off two-factor authentication</Button>}
              title="Turn off two-factor authentication?"
              description="Signing in will ask only for your password, and your recovery codes stop working."
              confirmLabel="Turn off"
              onConfirm={() => turnOff.run()}
            />
          </div>
        </>
      ) : enrolment ? (
        <EnrolmentSteps enrolment={enrolment} onEnabled={setRecoveryCodes} onCancel={() => setEnrolment(null)} />
      ) : (
        <>
          <p>Two-factor authentication is off. With it on, signing in also asks for a code from an authenticator app on your phone.</p>
          <Button onClick={() => void start.run()} pending={start.pending}>
            Set up two-factor authentication
          </Button>
        </>
      )}
      <RecoveryCodesDialog codes={recoveryCodes} onDone={done} />
    </div>
  );
}

function EnrolmentSteps({ enrolment, onEnabled, onCancel }: { enrolment: Enrolment; onEnabled: (codes: string[]) => void; onCancel: () => void }) {
  const form = useForm<ConfirmEnrolmentInput>({ resolver: zodResolver(confirmEnrolmentSchema), defaultValues: { code: "" } });
  const { errors } = form.formState;
  const confirm = useServerAction(confirmTwoFactorEnrolmentAction, { setError: form.setError, onSuccess: ({ recoveryCodes }) => onEnabled(recoveryCodes) });
  const onSubmit = form.handleSubmit((values) => confirm.run(values));

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <ol className="list-decimal space-y-3 pl-5">
        <li>
          <p>Scan this QR code with an authenticator app (1Password, Google Authenticator, Authy, …).</p>
          {/* A data: URL made on the server: nothing is fetched from elsewhere. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={enrolment.qrCode} alt="QR code for your authenticator app" width={200} height={200} className="mt-2 rounded border bg-white p-1" />
          <p className="text-muted-foreground mt-2 text-sm">
            Or enter this setup key by hand: <code aria-label="Setup key" className="bg-muted rounded px-1 font-mono break-all">{enrolment.secret}</code>
          </p>
        </li>
        <li>
          <FormField id="enrol-code" label="Authentication code" error={errors.code?.message} description="The 6-digit code the app shows now.">
            <Input inputMode="numeric" autoComplete="one-time-code" autoFocus {...fieldA11y("enrol-code", errors.code?.message, { description: true })} {...form.register("code")} />
          </FormField>
        </li>
      </ol>
      <div className="flex gap-2">
        <Button type="submit" pending={confirm.pending}>
          Turn on
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel} disabled={confirm.pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** Shows recovery codes once, like a new key: Copy, Download, and Done only on purpose. */
function RecoveryCodesDialog({ codes, onDone }: { codes: string[] | null; onDone: () => void }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const { state, copy } = useCopyToClipboard();
  const text = codes?.join("\n") ?? "";
  return (
    <Dialog open={codes !== null}>
      <DialogContent showCloseButton={false} onEscapeKeyDown={(event) => event.preventDefault()} onInteractOutside={(event) => event.preventDefault()}>
        <DialogHeader>
          <DialogTitle>Save your recovery codes</DialogTitle>
          <DialogDescription>Each code signs you in once if you lose your phone. Keep them somewhere safe, such as a password manager.</DialogDescription>
        </DialogHeader>
        <Alert className="border-warning bg-warning/10">
          <TriangleAlert aria-hidden="true" />
          <AlertTitle>You will not see these codes again</AlertTitle>
          <AlertDescription>Latchkey keeps only fingerprints of them.</AlertDescription>
        </Alert>
        <FormField id="recovery-codes" label="Recovery codes" description={state === "manual" ? "The codes are selected: press Ctrl+C (⌘C on a Mac) to copy them." : undefined}>
          <Textarea ref={field} readOnly rows={10} value={text} className="font-mono" {...fieldA11y("recovery-codes", undefined, { description: state === "manual" })} />
        </FormField>
        <DialogFooter className="gap-2 sm:justify-between">
          <div className="flex gap-2">
            <Button variant="outline" onClick={() => copy(text, field.current)}>
              {state === "copied" ? <Check aria-hidden /> : <Copy aria-hidden />}
              {state === "copied" ? "Copied" : "Copy"}
            </Button>
            <Button variant="outline" onClick={() => downloadTextFile("latchkey-recovery-codes.txt", `${text}\n`)}>
              <Download aria-hidden /> Download
            </Button>
          </div>
          <Button onClick={onDone}>Done</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
