"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { KeyRound } from "lucide-react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField, fieldA11y } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { sameOriginPath } from "@/lib/auth/redirect";
import { signInSchema } from "@/lib/auth/schemas";
import type { z } from "zod";

const WRONG_CREDENTIALS = "Incorrect email or password.";

export function LoginForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<z.infer<typeof signInSchema>>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) {
      // Checked again here against the page's own origin: the prop is the page's choice, but
      // this is the line that navigates.
      router.replace(sameOriginPath(callbackUrl, window.location.origin));
      router.refresh();
      return;
    }
    // next-auth reports a plain wrong password as "CredentialsSignin"; a lock-out carries its message.
    setError(!result?.error || result.error === "CredentialsSignin" ? WRONG_CREDENTIALS : result.error);
    form.setValue("password", "");
    form.setFocus("password");
  });

  return (
    <Card className="w-full max-w-sm">
      <CardHeader>
        <div className="mb-2 flex items-center gap-2 text-lg font-semibold">
          <KeyRound className="size-5" aria-hidden /> Latchkey
        </div>
        <CardTitle>Sign in</CardTitle>
        <CardDescription>Use the email and password your administrator gave you.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {notice && !error && (
            <Alert role="status">
              <AlertDescription>{notice}</AlertDescription>
            </Alert>
          )}
          {error && (
            <Alert variant="destructive">
              <AlertDescription>{error}</AlertDescription>
            </Alert>
          )}
          <FormField id="email" label="Email" error={errors.email?.message}>
            <Input type="email" autoComplete="username" autoFocus {...fieldA11y("email", errors.email?.message)} {...form.register("email")} />
          </FormField>
          <FormField id="password" label="Password" error={errors.password?.message}>
            <Input type="password" autoComplete="current-password" {...fieldA11y("password", errors.password?.message)} {...form.register("password")} />
          </FormField>
          <Button type="submit" className="w-full" pending={isSubmitting}>
            Sign in
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
