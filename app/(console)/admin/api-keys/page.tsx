import type { Metadata } from "next";
import { AllApiKeys } from "@/components/api-keys/all-api-keys";
import { ALL_KEYS_PAGE_SIZE, filtersFromSearch } from "@/components/api-keys/all-keys-filters";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { listAllApiKeys } from "@/lib/api-keys/queries";
import { getApiKeyPolicy } from "@/lib/settings/api-key-policy";

export const metadata: Metadata = { title: "API keys" };

type Search = { status?: string; expiresWithin?: string; sort?: string };

export default async function AdminApiKeysPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePagePermission("api_keys:manage");
  const filters = filtersFromSearch(await searchParams);
  const [page, policy] = await Promise.all([listAllApiKeys({ actor, input: { ...filters, limit: ALL_KEYS_PAGE_SIZE } }), getApiKeyPolicy()]);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">API keys</h1>
        <p className="max-w-prose text-muted-foreground">
          Every user&apos;s personal keys. Disable or revoke a key that should not work, and give a busy one its own rate limit. Keys are created by
          their owners only.
        </p>
      </div>
      <AllApiKeys initialFilters={filters} initialPage={page} defaultRateLimit={policy.defaultRateLimit} />
    </div>
  );
}
