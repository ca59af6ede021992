import type { Metadata } from "next";
import { AccessPresetsSection } from "@/components/access-presets/access-presets-section";
import { PolicyForm } from "@/components/api-keys/policy-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SignInPolicyForm } from "@/components/users/sign-in-policy-form";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { listAccessPresets } from "@/lib/access-presets/queries";
import { heldCatalogue } from "@/lib/permissions/queries";
import { getSignInPolicy } from "@/lib/settings/sign-in-policy";
import { getApiKeyPolicy } from "@/lib/settings/api-key-policy";

export const metadata: Metadata = { title: "Policy" };

export default async function PolicyPage() {
  const actor = await requirePagePermission("api_keys:manage");
  // A preset may carry only what its author holds, so the dialog offers only that.
  const [policy, presets, held] = await Promise.all([getApiKeyPolicy(), listAccessPresets({ actor }), heldCatalogue({ actor })]);
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
      <Card>
        <CardHeader>
          <CardTitle>Access presets</CardTitle>
          <CardDescription>Ready sets of permissions offered when someone creates a key. Each key gets those of them its owner holds.</CardDescription>
        </CardHeader>
        <CardContent>
          <AccessPresetsSection presets={presets} catalogue={held} />
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
