"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { createColumnHelper } from "@tanstack/react-table";
import { KeyRound, Plus } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable, actionsColumn } from "@/components/ui/data-table";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { RevealSecretDialog, type RevealedSecret } from "@/components/ui/reveal-secret-dialog";
import { FormDialogFooter } from "@/components/ui/form-dialog-footer";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { RelativeTime } from "@/components/ui/relative-time";
import { useServerAction } from "@/components/ui/use-server-action";
import { createServiceTokenAction, revokeServiceTokenAction } from "@/lib/services/token-actions";
import { createServiceTokenSchema, type CreateServiceTokenInput } from "@/lib/services/token-schemas";
import type { ServiceTokenSummary } from "@/lib/services/tokens";

type Revealed = RevealedSecret;

const code = "rounded bg-muted px-1 py-0.5 text-xs";

/** Shows a new token once, with Copy. */
function RevealTokenDialog({ revealed, onDone }: { revealed: Revealed | null; onDone: () => void }) {
  return (
    <RevealSecretDialog
      revealed={revealed}
      onDone={onDone}
      noun="token"
      title="Save your service token"
      description={<>The token “{revealed?.name}” is ready. Copy it into the service&apos;s configuration now.</>}
      label="Service token"
      fieldId="revealed-service-token"
      hint={
        <>
          The service sends it as <code className={code}>Authorization: Bearer &lt;token&gt;</code> to <code className={code}>POST /api/v1/keys/verify</code>.
        </>
      }
    />
  );
}

/** New token: a name; then the reveal dialog. */
function NewTokenDialog({ serviceId, onCreated }: { serviceId: string; onCreated: (revealed: Revealed) => void }) {
  const [open, setOpen] = useState(false);
  const defaults: CreateServiceTokenInput = { serviceId, name: "" };
  const form = useForm<CreateServiceTokenInput>({ resolver: zodResolver(createServiceTokenSchema), defaultValues: defaults });
  const create = useServerAction(createServiceTokenAction, {
    setError: form.setError,
    onSuccess: (token) => {
      setOpen(false);
      form.reset(defaults);
      onCreated({ name: token.name, plaintext: token.plaintext });
    },
  });
  const error = form.formState.errors.name?.message;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden /> New token
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New service token</DialogTitle>
          <DialogDescription>The service&apos;s code uses it to check its callers&apos; API keys. It is shown once.</DialogDescription>
        </DialogHeader>
        <form onSubmit={form.handleSubmit((values) => create.run(values))} noValidate className="grid gap-5">
          <FormField id="service-token-name" label="Name" error={error} required>
            <Input autoComplete="off" {...fieldA11y("service-token-name", error)} {...form.register("name")} />
          </FormField>
          <FormDialogFooter submitLabel="Create" pending={create.pending} onCancel={() => setOpen(false)} />
        </form>
      </DialogContent>
    </Dialog>
  );
}

function RevokeTokenButton({ token }: { token: ServiceTokenSummary }) {
  const revoke = useServerAction(revokeServiceTokenAction, { refusal: "inline", success: `${token.name} was revoked` });
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm">
          Revoke<span className="sr-only"> {token.name}</span>
        </Button>
      }
      title="Revoke service token?"
      description={`Requests with “${token.name}” are refused from the next one on. This cannot be undone.`}
      confirmLabel="Revoke token"
      onConfirm={() => revoke.run({ tokenId: token.id })}
    />
  );
}

const column = createColumnHelper<ServiceTokenSummary>();

function tokenColumns(canWrite: boolean) {
  const columns = [
    column.accessor("name", { header: "Name", cell: ({ getValue }) => <span className="font-medium">{getValue()}</span> }),
    column.accessor("prefix", { header: "Token", cell: ({ getValue }) => <code className="font-mono text-xs">{getValue()}…</code> }),
    column.accessor("createdAt", { header: "Created", cell: ({ getValue }) => <RelativeTime date={getValue()} /> }),
    column.accessor("lastUsedAt", { header: "Last used", cell: ({ getValue }) => <RelativeTime date={getValue()} /> }),
    column.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => (getValue() === "ACTIVE" ? <Badge variant="success">Active</Badge> : <Badge variant="outline">Revoked</Badge>),
    }),
  ];
  if (!canWrite) return columns;
  return [...columns, actionsColumn<ServiceTokenSummary>(({ row }) => (row.original.status === "ACTIVE" ? <RevokeTokenButton token={row.original} /> : null))];
}

/** A service's tokens for the verify API: the list, and for services:write New token and Revoke. */
export function ServiceTokensSection({ serviceId, tokens, canWrite }: { serviceId: string; tokens: ServiceTokenSummary[]; canWrite: boolean }) {
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  return (
    <section aria-labelledby="service-tokens-heading" className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h2 id="service-tokens-heading" className="text-lg font-semibold">
            Service tokens
          </h2>
          <p className="text-sm text-muted-foreground">The service&apos;s own code sends one to the verify API to check its callers&apos; keys.</p>
        </div>
        {canWrite ? <NewTokenDialog serviceId={serviceId} onCreated={setRevealed} /> : null}
      </div>
      {tokens.length === 0 ? (
        <EmptyState icon={KeyRound} title="No service tokens" description="Create one for code that calls POST /api/v1/keys/verify." headingLevel="h3" />
      ) : (
        <DataTable data={tokens} columns={tokenColumns(canWrite)} label="Service tokens" getRowId={(token) => token.id} />
      )}
      <RevealTokenDialog revealed={revealed} onDone={() => setRevealed(null)} />
    </section>
  );
}
