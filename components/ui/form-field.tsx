import * as React from "react";

import { Label } from "@/components/ui/label";
import { cn } from "@/lib/cn";

/**
 * Accessibility props for a form control rendered inside <FormField id={id}>.
 * Spread them on the control so it is labelled by the <Label htmlFor={id}>,
 * marked `aria-invalid` when there is an error, and points `aria-describedby`
 * at the error text (`${id}-error`). Pass `{ description: true }` when the
 * field has a description so it is announced too.
 *
 *   <FormField id="email" label="Email" error={errors.email?.message}>
 *     <Input {...fieldA11y("email", errors.email?.message)} {...register("email")} />
 *   </FormField>
 */
function fieldA11y(id: string, error?: string | null, options?: { description?: boolean }) {
  const describedBy = [options?.description ? `${id}-description` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return {
    id,
    "aria-invalid": !!error || undefined,
    "aria-describedby": describedBy || undefined,
  } as const;
}

type FormFieldProps = {
  /** id of the control; the label, description and error ids derive from it. */
  id: string;
  label: React.ReactNode;
  /** Error message; rendered in <p id={`${id}-error`} role="alert">. */
  error?: string | null;
  description?: React.ReactNode;
  required?: boolean;
  className?: string;
  /** The control. Give it `{...fieldA11y(id, error)}` (aria-invalid + aria-describedby). */
  children: React.ReactNode;
};

function FormField({ id, label, error, description, required, className, children }: FormFieldProps) {
  return (
    <div data-slot="form-field" className={cn("grid gap-2", className)}>
      <Label htmlFor={id} className={cn(error && "text-destructive")}>
        {label}
        {required ? (
          <span aria-hidden="true" className="text-destructive">
            *
          </span>
        ) : null}
      </Label>
      {children}
      {description ? (
        <p id={`${id}-description`} className="text-sm text-muted-foreground">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export { FormField, fieldA11y, type FormFieldProps };
