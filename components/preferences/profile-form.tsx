"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { applyActionErrors } from "@/lib/actions/form-errors";
import { updateProfileSchema, type UpdateProfileInput } from "@/lib/auth/schemas";
import { updateProfileAction } from "@/lib/users/profile-actions";

export function ProfileForm({ name, email }: { name: string; email: string }) {
  const router = useRouter();
  const form = useForm<UpdateProfileInput>({ resolver: zodResolver(updateProfileSchema), defaultValues: { name } });
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await updateProfileAction(values);
    const error = applyActionErrors(form, result);
    if (error) return void toast.error(error);
    form.reset({ name: result?.data?.name ?? values.name });
    toast.success("Profile saved");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <FormField id="profile-email" label="Email" description="Ask an administrator to change your email.">
        <Input {...fieldA11y("profile-email", null, { description: true })} value={email} readOnly disabled />
      </FormField>
      <FormField id="profile-name" label="Name" error={errors.name?.message}>
        <Input autoComplete="name" {...fieldA11y("profile-name", errors.name?.message)} {...form.register("name")} />
      </FormField>
      <Button type="submit" pending={isSubmitting} disabled={!isDirty}>
        Save profile
      </Button>
    </form>
  );
}
