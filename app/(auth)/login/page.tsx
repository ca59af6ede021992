import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getSessionActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reason?: string }> }) {
  if (await getSessionActor()) redirect("/");
  const { callbackUrl, reason } = await searchParams;
  // Only same-site paths: an open redirect after sign-in would help phishing.
  const next = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <LoginForm callbackUrl={next} notice={reason === "password-changed" ? "Your password was changed. Sign in with the new one." : undefined} />
    </main>
  );
}
