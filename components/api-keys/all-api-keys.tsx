"use client";

import { actionsColumn } from "@/components/ui/data-table";
import type { ApiKeyWithOwner } from "@/lib/api-keys/summary";
import { keyColumns, ownerColumn, rateLimitColumn } from "./key-columns";
import { KeyRowActions } from "./key-row-actions";
import { KeysTable } from "./keys-table";

/** Every user's keys for administrators (one server page of them), with actions per row. */
export function AllApiKeys({ keys, defaultRateLimit }: { keys: ApiKeyWithOwner[]; defaultRateLimit: number }) {
  const columns = [
    ownerColumn(),
    ...keyColumns<ApiKeyWithOwner>(),
    rateLimitColumn<ApiKeyWithOwner>(defaultRateLimit),
    actionsColumn<ApiKeyWithOwner>(({ row }) => <KeyRowActions apiKey={row.original} mode="administrator" canManage owner={row.original.owner.name} defaultRateLimit={defaultRateLimit} />),
  ];
  // On a phone each card is headed by the key's name; the owner is one of its fields.
  return <KeysTable keys={keys} columns={columns} label="Every user's API keys" cardTitle="name" />;
}
