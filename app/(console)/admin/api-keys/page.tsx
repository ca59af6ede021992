import type { Metadata } from "next";
import { KeyRound } from "lucide-react";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { AllApiKeys } from "@/components/api-keys/all-api-keys";
import { AllKeysToolbar } from "@/components/api-keys/all-keys-toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { allKeysListOptions, loadAllKeysSearchParams } from "@/lib/api-keys/list-params";
import { listAllApiKeys } from "@/lib/api-keys/queries";
import { getApiKeyPolicy } from "@/lib/settings/api-key-policy";

export const metadata: Metadata = { title: "API keys" };

export default async function AdminApiKeysPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("api_keys:manage");
  const { page, pageSize, ...filters } = allKeysListOptions(loadAllKeysSearchParams(await searchParams));
  const [keys, policy] = await Promise.all([listAllApiKeys({ actor, input: { ...filters, offset: (page - 1) * pageSize, limit: pageSize } }), getApiKeyPolicy()]);
  return (
    <NuqsAdapter>
      <div className="space-y-6">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">API keys</h1>
          <p className="max-w-prose text-muted-foreground">
            Every user&apos;s personal keys. Disable or revoke a key that should not work, and give a busy one its own rate limit. Keys are created by
            their owners only.
          </p>
        </div>
        <AllKeysToolbar />
        {keys.items.length > 0 ? (
          <AllApiKeys keys={keys.items} defaultRateLimit={policy.defaultRateLimit} />
        ) : (
          <EmptyState icon={KeyRound} title="No keys match" description="Change the filters to see more keys." />
        )}
        <Pagination page={page} pageSize={pageSize} total={keys.total} noun={keys.total === 1 ? "key" : "keys"} label="API keys pages" />
      </div>
    </NuqsAdapter>
  );
}
