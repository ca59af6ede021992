"use client";

import type { UseFormReturn } from "react-hook-form";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { GroupDetails, GroupDetailsInput } from "@/lib/groups/schemas";

/** Name and Description, shared by New group and Edit group. */
export function GroupFormFields({ form, idPrefix, nameLocked }: { form: UseFormReturn<GroupDetailsInput, unknown, GroupDetails>; idPrefix: string; nameLocked?: string }) {
  const { errors } = form.formState;
  const name = `${idPrefix}-name`;
  const description = `${idPrefix}-description`;
  return (
    <>
      <FormField id={name} label="Name" required error={errors.name?.message} description={nameLocked}>
        <Input autoComplete="off" maxLength={100} aria-required readOnly={!!nameLocked} {...fieldA11y(name, errors.name?.message, { description: !!nameLocked })} {...form.register("name")} />
      </FormField>
      <FormField id={description} label="Description" error={errors.description?.message}>
        <Textarea rows={3} maxLength={500} {...fieldA11y(description, errors.description?.message)} {...form.register("description")} />
      </FormField>
    </>
  );
}
