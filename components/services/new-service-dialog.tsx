"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormDialogFooter } from "@/components/ui/form-dialog-footer";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useServerAction } from "@/components/ui/use-server-action";
import { createServiceAction } from "@/lib/services/service-actions";
import { MAX_SLUG_LENGTH, createServiceSchema, type CreateServiceInput } from "@/lib/services/schemas";
import { PermissionsEditor } from "./permissions-editor";
import { ServiceFormFields } from "./service-form-fields";

const DEFAULTS: CreateServiceInput = { name: "", slug: "", description: "", permissions: [{ name: "read", description: "" }] };

/** New service: name, slug (fixed afterwards), description and its permissions; then its page. */
export function NewServiceDialog() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useForm<CreateServiceInput, unknown, z.output<typeof createServiceSchema>>({ resolver: zodResolver(createServiceSchema), defaultValues: DEFAULTS });
  const { errors } = form.formState;
  const slug = useWatch({ control: form.control, name: "slug" });

  const create = useServerAction(createServiceAction, {
    setError: form.setError,
    success: (service) => `${service.name} was created`,
    onSuccess: (service) => {
      setOpen(false);
      form.reset(DEFAULTS);
      router.push(`/admin/services/${service.id}`);
    },
  });
  const onSubmit = form.handleSubmit((values) => create.run(values));

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden /> New service
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>New service</DialogTitle>
          <DialogDescription>Its permissions are named after the slug, which cannot change later.</DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate className="grid gap-5">
            <ServiceFormFields idPrefix="new-service" />
            <FormField id="new-service-slug" label="Slug" required error={errors.slug?.message} description="Lower-case letters, digits and hyphens, e.g. reports. It cannot be changed later.">
              <Input
                autoComplete="off"
                spellCheck={false}
                maxLength={MAX_SLUG_LENGTH}
                aria-required
                className="font-mono"
                {...fieldA11y("new-service-slug", errors.slug?.message, { description: true })}
                {...form.register("slug")}
              />
            </FormField>
            <PermissionsEditor idPrefix="new-service" slug={slug} />
            <FormDialogFooter submitLabel="Create" pending={create.pending} onCancel={() => setOpen(false)} />
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
