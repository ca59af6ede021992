"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useServerAction } from "@/components/ui/use-server-action";
import { updateProfileSchema, type UpdateProfileInput } from "@/lib/auth/schemas";
import { updateProfileAction } from "@/lib/users/profile-actions";

export function ProfileForm({ name, email }: { name: string; email: string }) {
  const form = useForm<UpdateProfileInput>({ resolver: zodResolver(updateProfileSchema), defaultValues: { name } });
  const { errors, isDirty } = form.formState;
  const save = useServerAction(updateProfileAction, { setError: form.setError, success: "Profile saved", onSuccess: (user) => form.reset({ name: user.name }) });
  const onSubmit = form.handleSubmit((values) => save.run(values));

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <FormField id="profile-email" label="Email" description="Ask an administrator to change your email.">
        <Input {...fieldA11y("profile-email", null, { description: true })} value={email} readOnly disabled />
      </FormField>
      <FormField id="profile-name" label="Name" error={errors.name?.message}>
        <Input autoComplete="name" {...fieldA11y("profile-name", errors.name?.message)} {...form.register("name")} />
      </FormField>
      <Button type="submit" pending={save.pending} disabled={!isDirty}>
        Save profile
      </Button>
    </form>
  );
}
