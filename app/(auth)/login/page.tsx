import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { sameOriginPath } from "@/lib/auth/redirect";
import { getSessionActor } from "@/lib/auth/session";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

// NEXTAUTH_URL is set by `npm start`; any fixed origin works for the check otherwise, since
// only a path on it is kept.
const consoleOrigin = () => env.NEXTAUTH_URL ?? "http://localhost";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reason?: string }> }) {
  if (await getSessionActor()) redirect("/");
  const { callbackUrl, reason } = await searchParams;
  // Only targets on the console itself: an open redirect after sign-in would help phishing.
  const next = sameOriginPath(callbackUrl, consoleOrigin());
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <LoginForm callbackUrl={next} notice={reason === "password-changed" ? "Your password was changed. Sign in with the new one." : undefined} />
    </main>
  );
}
