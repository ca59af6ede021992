"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { KeyRound } from "lucide-react";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { listAllApiKeysAction } from "@/lib/api-keys/query-actions";
import type { ApiKeyWithOwner } from "@/lib/api-keys/summary";
import { unwrap } from "./action-result";
import { ALL_KEYS_PAGE_SIZE, filtersToSearch, type AllKeysFilters } from "./all-keys-filters";
import { AllKeysToolbar } from "./all-keys-toolbar";
import { keyColumns, ownerColumn, rateLimitColumn } from "./key-columns";
import { KeyRowActions } from "./key-row-actions";
import { KeysTable } from "./keys-table";
import { apiKeyQueries } from "./query-keys";

type Page = { items: ApiKeyWithOwner[]; nextOffset: number | null };

/** Every user's keys for administrators: filters in the URL, pages on demand, actions per row. */
export function AllApiKeys({ initialFilters, initialPage, defaultRateLimit }: { initialFilters: AllKeysFilters; initialPage: Page; defaultRateLimit: number }) {
  const [filters, setFilters] = useState(initialFilters);
  const query = useInfiniteQuery({
    queryKey: apiKeyQueries.everyone(filters),
    queryFn: async ({ pageParam }) => unwrap(await listAllApiKeysAction({ ...filters, offset: pageParam, limit: ALL_KEYS_PAGE_SIZE })),
    initialPageParam: 0,
    getNextPageParam: (last: Page) => last.nextOffset ?? undefined,
    initialData: filtersToSearch(filters) === filtersToSearch(initialFilters) ? { pages: [initialPage], pageParams: [0] } : undefined,
    placeholderData: keepPreviousData,
  });
  const keys = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const columns = useMemo<ColumnDef<ApiKeyWithOwner>[]>(
    () => [
      ownerColumn(),
      ...keyColumns<ApiKeyWithOwner>(),
      rateLimitColumn<ApiKeyWithOwner>(defaultRateLimit),
      {
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        cell: ({ row }) => <KeyRowActions apiKey={row.original} mode="administrator" canManage owner={row.original.owner.name} defaultRateLimit={defaultRateLimit} />,
      },
    ],
    [defaultRateLimit],
  );

  const onFilters = (next: AllKeysFilters) => {
    setFilters(next);
    // The history API keeps the URL shareable without a server round trip.
    window.history.replaceState(null, "", `${window.location.pathname}${filtersToSearch(next)}`);
  };

  return (
    <div className="space-y-4">
      <AllKeysToolbar filters={filters} onChange={onFilters} />
      {query.isError && <p role="alert" className="text-sm text-destructive">{query.error.message}</p>}
      {keys.length === 0 && !query.isFetching ? (
        <EmptyState icon={KeyRound} title="No keys match" description="Change the filters to see more keys." />
      ) : (
        <div aria-busy={query.isFetching || undefined}>
          <KeysTable keys={keys} columns={columns} label="Every user's API keys" />
        </div>
      )}
      {query.hasNextPage && (
        <Button variant="outline" pending={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          Load more
        </Button>
      )}
    </div>
  );
}
