"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormDialogFooter } from "@/components/ui/form-dialog-footer";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/ui/use-server-action";
import { createApiKeyAction } from "@/lib/api-keys/actions";
import { defaultExpiration } from "@/lib/api-keys/expiry";
import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/api-keys/schemas";
import type { ApiKeySummary } from "@/lib/api-keys/summary";
import type { CatalogueEntry } from "@/lib/permissions/catalogue";
import type { AccessPreset } from "@/lib/access-presets/summary";
import { AccessField } from "./access-field";
import { BindServicesField, bindableServicesOf } from "./bind-services-field";
import { ExpirationField } from "./expiration-field";

export type KeyPolicy = { maxLifetimeDays: number; allowNoExpiration: boolean };

/**
 * The Create API key button and dialog. On success the dialog closes and hands the new key,
 * plaintext included, to `onCreated` (for the reveal dialog) — nothing here keeps it.
 */
export function CreateKeyDialog({
  policy,
  held,
  presets = [],
  onCreated,
}: {
  policy: KeyPolicy;
  held: CatalogueEntry[];
  /** Presets offered under "Use a preset". */
  presets?: AccessPreset[];
  onCreated: (created: { key: ApiKeySummary; plaintext: string }) => void;
}) {
  const [open, setOpen] = useState(false);
  const defaults: CreateApiKeyInput = { name: "", description: "", expiration: defaultExpiration(policy), access: "inherit", scopes: [], services: [] };
  const form = useForm<CreateApiKeyInput>({ resolver: zodResolver(createApiKeySchema), defaultValues: defaults });
  const { errors } = form.formState;
  const [customExpiresAt, scopes, presetId, services] = useWatch({ control: form.control, name: ["customExpiresAt", "scopes", "presetId", "services"] });
  const revalidate = { shouldValidate: form.formState.isSubmitted };

  const create = useServerAction(createApiKeyAction, {
    setError: form.setError,
    onSuccess: (created) => {
      setOpen(false);
      form.reset(defaults);
      onCreated(created);
    },
  });
  const onSubmit = form.handleSubmit((values) => create.run(values));

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) form.reset(defaults);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          Create API key
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>Create API key</DialogTitle>
          <DialogDescription>A personal key lets programs call Latchkey&apos;s API as you. You will see it once, right after creating it.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-5">
          <FormField id="api-key-name" label="Name" required error={errors.name?.message} description="What uses the key, e.g. “CI deploy”.">
            <Input autoComplete="off" maxLength={100} {...fieldA11y("api-key-name", errors.name?.message, { description: true })} aria-required {...form.register("name")} />
          </FormField>
          <FormField id="api-key-description" label="Description" error={errors.description?.message}>
            <Textarea rows={2} maxLength={500} {...fieldA11y("api-key-description", errors.description?.message)} {...form.register("description")} />
          </FormField>
          <Controller
            control={form.control}
            name="expiration"
            render={({ field }) => (
              <ExpirationField
                policy={policy}
                value={field.value}
                onChange={field.onChange}
                customExpiresAt={customExpiresAt}
                onCustomChange={(value) => form.setValue("customExpiresAt", value, { shouldValidate: form.formState.isSubmitted })}
                errors={{ expiration: errors.expiration?.message, customExpiresAt: errors.customExpiresAt?.message }}
              />
            )}
          />
          <Controller
            control={form.control}
            name="access"
            render={({ field }) => (
              <AccessField
                access={field.value}
                onAccessChange={field.onChange}
                scopes={scopes}
                onScopesChange={(scopes) => form.setValue("scopes", scopes, revalidate)}
                presets={presets}
                presetId={presetId}
                onPresetChange={(presetId) => form.setValue("presetId", presetId, revalidate)}
                held={held}
                error={errors.scopes?.message ?? errors.scopes?.root?.message}
                presetError={errors.presetId?.message}
              />
            )}
          />
          <BindServicesField
            services={bindableServicesOf(held)}
            value={services ?? []}
            onChange={(services) => form.setValue("services", services, revalidate)}
            error={errors.services?.message ?? errors.services?.root?.message}
          />
          <FormDialogFooter submitLabel="Create" pending={create.pending} onCancel={() => setOpen(false)} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
