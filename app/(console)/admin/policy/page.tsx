import type { Metadata } from "next";
import { PolicyForm } from "@/components/api-keys/policy-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SignInPolicyForm } from "@/components/users/sign-in-policy-form";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getSignInPolicy } from "@/lib/settings/sign-in-policy";
import { getApiKeyPolicy } from "@/lib/settings/api-key-policy";

export const metadata: Metadata = { title: "Policy" };

export default async function PolicyPage() {
  const actor = await requirePagePermission("api_keys:manage");
  const policy = await getApiKeyPolicy();
  const signInPolicy = can(actor, "users:write") ? await getSignInPolicy() : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Policy</h1>
      <Card>
        <CardHeader>
          <CardTitle>API keys</CardTitle>
          <CardDescription>Limits for every user&apos;s personal API keys. Changes are recorded in the audit log.</CardDescription>
        </CardHeader>
        <CardContent>
          <PolicyForm policy={policy} />
        </CardContent>
      </Card>
      {signInPolicy ? (
        <Card>
          <CardHeader>
            <CardTitle>Sign-in</CardTitle>
            <CardDescription>How people sign in to the console. Changes are recorded in the audit log.</CardDescription>
          </CardHeader>
          <CardContent>
            <SignInPolicyForm requireTwoFactorForAdministrators={signInPolicy.requireTwoFactorForAdministrators} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
