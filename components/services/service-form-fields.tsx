"use client";

import { useFormContext } from "react-hook-form";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

type Details = { name: string; description?: string };

/** Name and Description, shared by New service and Edit service (inside their FormProvider). */
export function ServiceFormFields({ idPrefix }: { idPrefix: string }) {
  const { register, formState } = useFormContext<Details>();
  const { errors } = formState;
  const name = `${idPrefix}-name`;
  const description = `${idPrefix}-description`;
  return (
    <>
      <FormField id={name} label="Name" required error={errors.name?.message}>
        <Input autoComplete="off" maxLength={100} aria-required {...fieldA11y(name, errors.name?.message)} {...register("name")} />
      </FormField>
      <FormField id={description} label="Description" error={errors.description?.message}>
        <Textarea rows={3} maxLength={500} {...fieldA11y(description, errors.description?.message)} {...register("description")} />
      </FormField>
    </>
  );
}
