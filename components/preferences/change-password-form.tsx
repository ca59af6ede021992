"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useServerAction } from "@/components/ui/use-server-action";
import { PASSWORD_MIN_LENGTH, changePasswordSchema, type ChangePasswordInput } from "@/lib/auth/schemas";
import { changePasswordAction } from "@/lib/users/profile-actions";

export function ChangePasswordForm() {
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { errors } = form.formState;
  const change = useServerAction(changePasswordAction, {
    setError: form.setError,
    success: "Password changed. Sign in with your new password.",
    // The change ends every session, this one included: sign in again with the new password.
    onSuccess: () => void signOut({ callbackUrl: "/login?reason=password-changed" }),
  });
  const onSubmit = form.handleSubmit((values) => change.run(values));

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <FormField id="current-password" label="Current password" error={errors.currentPassword?.message}>
        <Input type="password" autoComplete="current-password" {...fieldA11y("current-password", errors.currentPassword?.message)} {...form.register("currentPassword")} />
      </FormField>
      <FormField
        id="new-password"
        label="New password"
        error={errors.newPassword?.message}
        description={`At least ${PASSWORD_MIN_LENGTH} characters; common or guessable passwords are refused.`}
      >
        <Input type="password" autoComplete="new-password" {...fieldA11y("new-password", errors.newPassword?.message, { description: true })} {...form.register("newPassword")} />
      </FormField>
      <FormField id="confirm-password" label="Confirm new password" error={errors.confirmPassword?.message}>
        <Input type="password" autoComplete="new-password" {...fieldA11y("confirm-password", errors.confirmPassword?.message)} {...form.register("confirmPassword")} />
      </FormField>
      <Button type="submit" pending={change.pending}>
        Change password
      </Button>
    </form>
  );
}
