"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/ui/use-server-action";
import { servicePermissionsSchema, type ServicePermissionInput } from "@/lib/services/schemas";
import { setServicePermissionsAction } from "@/lib/services/service-actions";
import { PermissionsEditor } from "./permissions-editor";

const formSchema = z.object({ permissions: servicePermissionsSchema });

type Props = { serviceId: string; slug: string; initial: ServicePermissionInput[]; canChange: boolean };

/** The permissions a service defines, edited as a set and saved with Save permissions. */
export function ServicePermissionsForm({ serviceId, slug, initial, canChange }: Props) {
  const form = useForm<z.input<typeof formSchema>, unknown, z.output<typeof formSchema>>({ resolver: zodResolver(formSchema), defaultValues: { permissions: initial } });
  const save = useServerAction(setServicePermissionsAction, {
    setError: form.setError,
    success: "Permissions saved",
    onSuccess: (service) => form.reset({ permissions: service.permissions }),
  });
  const onSubmit = form.handleSubmit((values) => save.run({ serviceId, permissions: values.permissions }));

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <PermissionsEditor idPrefix="service" slug={slug} disabled={!canChange} />
        {canChange ? (
          <div className="space-y-2">
            <p className="text-sm text-muted-foreground">A permission removed here is taken from every group that grants it and every key that chose it.</p>
            <Button type="submit" pending={save.pending} disabled={!form.formState.isDirty}>
              Save permissions
            </Button>
          </div>
        ) : null}
      </form>
    </FormProvider>
  );
}
