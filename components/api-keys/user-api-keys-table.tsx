"use client";

import { KeyRound } from "lucide-react";
import { actionsColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { ApiKeySummary } from "@/lib/api-keys/summary";
import { keyColumns, rateLimitColumn } from "./key-columns";
import { KeyRowActions } from "./key-row-actions";
import { KeysTable } from "./keys-table";

/** One user's keys as an administrator sees them: disable, enable, rate limit, revoke. */
export function UserApiKeysTable({ ownerName, keys, defaultRateLimit }: { ownerName: string; keys: ApiKeySummary[]; defaultRateLimit: number }) {
  if (keys.length === 0) return <EmptyState icon={KeyRound} headingLevel="h3" title="No API keys" description={`${ownerName} has not created any API keys.`} />;
  const columns = [
    ...keyColumns<ApiKeySummary>(),
    rateLimitColumn<ApiKeySummary>(defaultRateLimit),
    actionsColumn<ApiKeySummary>(({ row }) => <KeyRowActions apiKey={row.original} mode="administrator" canManage owner={ownerName} defaultRateLimit={defaultRateLimit} />),
  ];
  return <KeysTable keys={keys} columns={columns} label={`API keys of ${ownerName}`} />;
}
