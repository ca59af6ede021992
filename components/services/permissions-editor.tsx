"use client";

import { Plus, X } from "lucide-react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { MAX_PERMISSION_NAME_LENGTH, MAX_SERVICE_PERMISSIONS, type ServicePermissionInput } from "@/lib/services/schemas";

/** What a form holding a permissions editor has (New service, and the service page's Permissions). */
export type PermissionsFormValues = { permissions?: ServicePermissionInput[] };

/**
 * Rows of a permission's name and description, each removable; one more with Add permission.
 * Inside a react-hook-form FormProvider whose values have `permissions`.
 */
export function PermissionsEditor({ idPrefix, slug, disabled }: { idPrefix: string; slug: string; disabled?: boolean }) {
  const { control, register, formState } = useFormContext<PermissionsFormValues>();
  const { errors } = formState;
  const { fields, append, remove } = useFieldArray({ control, name: "permissions" });
  const listError = errors.permissions?.message ?? errors.permissions?.root?.message;
  return (
    <fieldset className="grid gap-3" disabled={disabled}>
      <legend className="mb-1 text-sm font-medium">Permissions</legend>
      {fields.length === 0 ? <p className="text-sm text-muted-foreground">No permissions yet.</p> : null}
      <ul className="grid gap-3">
        {fields.map((field, index) => {
          const name = `${idPrefix}-permission-${index}-name`;
          const description = `${idPrefix}-permission-${index}-description`;
          const nameError = errors.permissions?.[index]?.name?.message;
          const descriptionError = errors.permissions?.[index]?.description?.message;
          return (
            <li key={field.id} className="grid gap-2 rounded-md border p-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] sm:items-start">
              <div className="grid gap-1">
                <Label htmlFor={name}>Permission {index + 1}</Label>
                <Input
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={MAX_PERMISSION_NAME_LENGTH}
                  placeholder="read"
                  className="font-mono"
                  {...fieldA11y(name, nameError, { description: true })}
                  {...register(`permissions.${index}.name`)}
                />
                <p id={`${name}-description`} className="text-xs text-muted-foreground">
                  Known as <span className="font-mono">{slug || "slug"}:name</span>
                </p>
                {nameError ? (
                  <p id={`${name}-error`} role="alert" className="text-sm font-medium text-destructive">
                    {nameError}
                  </p>
                ) : null}
              </div>
              <div className="grid gap-1">
                <Label htmlFor={description}>Description of permission {index + 1}</Label>
                <Input autoComplete="off" maxLength={500} {...fieldA11y(description, descriptionError)} {...register(`permissions.${index}.description`)} />
                {descriptionError ? (
                  <p id={`${description}-error`} role="alert" className="text-sm font-medium text-destructive">
                    {descriptionError}
                  </p>
                ) : null}
              </div>
              <Button type="button" variant="ghost" size="icon" className="sm:mt-5" onClick={() => remove(index)} aria-label={`Remove permission ${index + 1}`}>
                <X aria-hidden />
              </Button>
            </li>
          );
        })}
      </ul>
      {listError ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {listError}
        </p>
      ) : null}
      <div>
        <Button type="button" variant="outline" size="sm" onClick={() => append({ name: "", description: "" })} disabled={fields.length >= MAX_SERVICE_PERMISSIONS}>
          <Plus aria-hidden /> Add permission
        </Button>
      </div>
    </fieldset>
  );
}
