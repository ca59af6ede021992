"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useServerAction } from "@/components/ui/use-server-action";
import { userDetailsSchema } from "@/lib/users/schemas";
import { updateUserAction } from "@/lib/users/user-actions";

type Input = z.input<typeof userDetailsSchema>;
type Output = z.output<typeof userDetailsSchema>;

/** An administrator edits a user's name and email. */
export function UserProfileForm({ userId, name, email }: { userId: string; name: string; email: string }) {
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(userDetailsSchema), defaultValues: { name, email } });
  const { errors, isDirty } = form.formState;
  const save = useServerAction(updateUserAction, {
    setError: form.setError,
    success: "Changes saved",
    onSuccess: (user) => form.reset({ name: user.name, email: user.email }),
  });
  const onSubmit = form.handleSubmit((values) => save.run({ userId, ...values }));

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-4">
      <FormField id="user-name" label="Name" required error={errors.name?.message}>
        <Input autoComplete="off" maxLength={100} aria-required {...fieldA11y("user-name", errors.name?.message)} {...form.register("name")} />
      </FormField>
      <FormField id="user-email" label="Email" required error={errors.email?.message}>
        <Input type="email" autoComplete="off" aria-required {...fieldA11y("user-email", errors.email?.message)} {...form.register("email")} />
      </FormField>
      <div>
        <Button type="submit" pending={save.pending} disabled={!isDirty}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
