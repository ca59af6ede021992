"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Pencil } from "lucide-react";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormDialogFooter } from "@/components/ui/form-dialog-footer";
import { useServerAction } from "@/components/ui/use-server-action";
import { updateServiceAction } from "@/lib/services/service-actions";
import { serviceDescriptionSchema, serviceNameSchema } from "@/lib/services/schemas";
import { ServiceFormFields } from "./service-form-fields";

const detailsSchema = z.object({ name: serviceNameSchema, description: serviceDescriptionSchema });
type Details = z.infer<typeof detailsSchema>;

/** Rename a service or change its description; the slug stays. */
export function EditServiceDialog({ service }: { service: { id: string; name: string; slug: string; description: string } }) {
  const [open, setOpen] = useState(false);
  const defaults = { name: service.name, description: service.description };
  const form = useForm<Details>({ resolver: zodResolver(detailsSchema), defaultValues: defaults });

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) form.reset(defaults);
  };

  const save = useServerAction(updateServiceAction, { setError: form.setError, success: "Service saved", onSuccess: () => setOpen(false) });
  const onSubmit = form.handleSubmit((values) => save.run({ serviceId: service.id, ...values }));

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Pencil aria-hidden /> Edit
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Edit service</DialogTitle>
          <DialogDescription>
            The slug <span className="font-mono">{service.slug}</span> stays: its permissions are named after it.
          </DialogDescription>
        </DialogHeader>
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate className="grid gap-5">
            <ServiceFormFields idPrefix="edit-service" />
            <FormDialogFooter submitLabel="Save" pending={save.pending} onCancel={() => setOpen(false)} />
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
