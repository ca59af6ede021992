"use client";

import { useQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { KeyRound } from "lucide-react";
import { useMemo } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { listUserApiKeysAction } from "@/lib/api-keys/query-actions";
import type { ApiKeySummary } from "@/lib/api-keys/summary";
import { unwrap } from "./action-result";
import { keyColumns, rateLimitColumn } from "./key-columns";
import { KeyRowActions } from "./key-row-actions";
import { KeysTable } from "./keys-table";
import { apiKeyQueries } from "./query-keys";

/** One user's keys as an administrator sees them: disable, enable, rate limit, revoke. */
export function UserApiKeysTable({
  userId,
  ownerName,
  initialKeys,
  defaultRateLimit,
}: {
  userId: string;
  ownerName: string;
  initialKeys: ApiKeySummary[];
  defaultRateLimit: number;
}) {
  const { data: keys } = useQuery({
    queryKey: apiKeyQueries.user(userId),
    queryFn: async () => unwrap(await listUserApiKeysAction({ userId })),
    initialData: initialKeys,
  });
  const columns = useMemo<ColumnDef<ApiKeySummary>[]>(
    () => [
      ...keyColumns<ApiKeySummary>(),
      rateLimitColumn<ApiKeySummary>(defaultRateLimit),
      {
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        cell: ({ row }) => <KeyRowActions apiKey={row.original} mode="administrator" canManage owner={ownerName} defaultRateLimit={defaultRateLimit} />,
      },
    ],
    [defaultRateLimit, ownerName],
  );
  if (keys.length === 0) return <EmptyState icon={KeyRound} headingLevel="h3" title="No API keys" description={`${ownerName} has not created any API keys.`} />;
  return <KeysTable keys={keys} columns={columns} label={`API keys of ${ownerName}`} />;
}
