"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { GroupedPermissions } from "@/components/permissions/grouped-permissions";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormDialogFooter } from "@/components/ui/form-dialog-footer";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/ui/use-server-action";
import { createAccessPresetAction, updateAccessPresetAction } from "@/lib/access-presets/actions";
import { createAccessPresetSchema, type CreateAccessPresetInput } from "@/lib/access-presets/schemas";
import type { AccessPreset } from "@/lib/access-presets/summary";
import type { CatalogueEntry } from "@/lib/permissions/catalogue";

type Values = { name: string; description: string; permissions: string[] };

/** New preset, or Edit preset when given one: name, description, permissions grouped by service. */
export function PresetDialog({ trigger, preset, catalogue }: { trigger: React.ReactElement; preset?: AccessPreset; catalogue: CatalogueEntry[] }) {
  const [open, setOpen] = useState(false);
  const defaults: Values = { name: preset?.name ?? "", description: preset?.description ?? "", permissions: preset?.permissions ?? [] };
  const form = useForm<CreateAccessPresetInput, unknown, Values>({ resolver: zodResolver(createAccessPresetSchema), defaultValues: defaults });
  const { errors } = form.formState;
  const permissions = useWatch({ control: form.control, name: "permissions" });
  const title = preset ? "Edit preset" : "New preset";
  const onSuccess = () => {
    setOpen(false);
    form.reset(defaults);
  };
  const create = useServerAction(createAccessPresetAction, { setError: form.setError, success: "Preset created", onSuccess });
  const update = useServerAction(updateAccessPresetAction, { setError: form.setError, success: "Preset saved", onSuccess });
  const pending = create.pending || update.pending;
  const onSubmit = form.handleSubmit((values) => (preset ? update.run({ id: preset.id, ...values }) : create.run(values)));
  const permissionsError = errors.permissions?.message ?? errors.permissions?.root?.message;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) form.reset(defaults);
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>Offered under “Use a preset” when someone creates a key; each key gets the preset&apos;s permissions its owner holds.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-5">
          <FormField id="preset-name" label="Name" required error={errors.name?.message}>
            <Input autoComplete="off" maxLength={100} {...fieldA11y("preset-name", errors.name?.message)} aria-required {...form.register("name")} />
          </FormField>
          <FormField id="preset-description" label="Description" error={errors.description?.message}>
            <Textarea rows={2} maxLength={500} {...fieldA11y("preset-description", errors.description?.message)} {...form.register("description")} />
          </FormField>
          <div className="grid gap-2">
            <span className="text-sm font-medium">Permissions</span>
            <GroupedPermissions
              entries={catalogue}
              value={permissions ?? []}
              onChange={(value) => form.setValue("permissions", value, { shouldValidate: form.formState.isSubmitted, shouldDirty: true })}
              idPrefix={preset ? `preset-${preset.id}` : "preset-new"}
              invalid={!!permissionsError}
            />
            {permissionsError && (
              <p role="alert" className="text-sm font-medium text-destructive">
                {permissionsError}
              </p>
            )}
          </div>
          <FormDialogFooter submitLabel={preset ? "Save preset" : "Create"} pending={pending} onCancel={() => setOpen(false)} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
