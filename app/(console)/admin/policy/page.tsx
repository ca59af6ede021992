import type { Metadata } from "next";
import { PolicyForm } from "@/components/api-keys/policy-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getApiKeyPolicy } from "@/lib/settings/api-key-policy";

export const metadata: Metadata = { title: "Policy" };

export default async function PolicyPage() {
  await requirePagePermission("api_keys:manage");
  const policy = await getApiKeyPolicy();
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
    </div>
  );
}
