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
import { TWO_FACTOR_EXPIRED, TWO_FACTOR_REQUIRED } from "@/lib/auth/sign-in-steps";
import type { z } from "zod";

const WRONG_CREDENTIALS = "Incorrect email or password.";
const WRONG_CODE = "That code is not correct.";

export function LoginForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [codeStep, setCodeStep] = useState(false);
  const form = useForm<z.infer<typeof signInSchema>>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const enter = () => {
    // Checked again here against the page's own origin: the prop is the page's choice, but
    // this is the line that navigates.
    router.replace(sameOriginPath(callbackUrl, window.location.origin));
    router.refresh();
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) return enter();
    form.setValue("password", "");
    if (result?.error === TWO_FACTOR_REQUIRED) return setCodeStep(true);
    // next-auth reports a plain wrong password as "CredentialsSignin"; a lock-out carries its message.
    setError(!result?.error || result.error === "CredentialsSignin" ? WRONG_CREDENTIALS : result.error);
    form.setFocus("password");
  });

  if (codeStep) {
    return (
      <CodeStep
        onSignedIn={enter}
        onExpired={() => {
          setCodeStep(false);
          setError("The sign-in took too long. Enter your password again.");
        }}
      />
    );
  }

  return (
    <SignInCard title="Sign in" description="Use the email and password your administrator gave you.">
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
    </SignInCard>
  );
}

/** The second step for an account with two-factor authentication: a code from the app, or a recovery code. */
function CodeStep({ onSignedIn, onExpired }: { onSignedIn: () => void; onExpired: () => void }) {
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const label = recovery ? "Recovery code" : "Authentication code";

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!code.trim()) return setError(`Enter the ${label.toLowerCase()}.`);
    setPending(true);
    setError(null);
    const result = await signIn("two-factor", { code, redirect: false });
    setPending(false);
    if (result?.ok && !result.error) return onSignedIn();
    if (result?.error === TWO_FACTOR_EXPIRED) return onExpired();
    setCode("");
    setError(!result?.error || result.error === "CredentialsSignin" ? WRONG_CODE : result.error);
  }

  return (
    <SignInCard
      title="Two-factor authentication"
      description={recovery ? "Enter one of the recovery codes you saved when you set up two-factor authentication." : "Enter the 6-digit code from your authenticator app."}
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        {error && (
          <Alert variant="destructive">
            <AlertDescription>{error}</AlertDescription>
          </Alert>
        )}
        <FormField id="code" label={label}>
          <Input
            key={label}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            inputMode={recovery ? "text" : "numeric"}
            autoComplete="one-time-code"
            autoFocus
            {...fieldA11y("code", null)}
          />
        </FormField>
        <Button type="submit" className="w-full" pending={pending}>
          Verify
        </Button>
        <Button
          type="button"
          variant="link"
          className="w-full"
          onClick={() => {
            setRecovery(!recovery);
            setCode("");
            setError(null);
          }}
        >
          {recovery ? "Use a code from your app" : "Use a recovery code"}
        </Button>
      </form>
    </SignInCard>
  );
}

function SignInCard({ title, description, children }: { title: string; description: string; children: React.ReactNode }) {
  return (
    <Card className="w-full max-w-sm">
      <CardHeader>
        <div className="mb-2 flex items-center gap-2 text-lg font-semibold">
          <KeyRound className="size-5" aria-hidden /> Latchkey
        </div>
        <CardTitle as="h1">{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}
