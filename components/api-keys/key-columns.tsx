"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import { apiKeyState } from "@/lib/api-keys/status";
import type { ApiKeySummary, ApiKeyWithOwner } from "@/lib/api-keys/summary";
import { ExpiresCell } from "./expires-cell";
import { KeyStatusBadge } from "./key-status-badge";

function NameCell({ apiKey }: { apiKey: ApiKeySummary }) {
  return (
    <div className="grid max-w-xs gap-0.5 whitespace-normal">
      <span className="font-medium break-words">{apiKey.name}</span>
      {apiKey.description && <span className="text-xs break-words text-muted-foreground">{apiKey.description}</span>}
      <span className="text-xs text-muted-foreground">
        {apiKey.scopes === null ? "All of the owner's permissions" : apiKey.scopes.join(", ") || "No permissions"}
      </span>
      {apiKey.boundServices && (
        <span className="text-xs text-muted-foreground">
          {apiKey.boundServices.length ? `Bound to ${apiKey.boundServices.map((service) => service.name).join(", ")}` : "Bound to services that no longer exist"}
        </span>
      )}
      {apiKey.disabledByAdministrator && <span className="text-xs text-muted-foreground">Disabled by an administrator</span>}
    </div>
  );
}

/** The columns DESIGN.md names: Name, Key, Created, Last used, Expires, Status. */
export function keyColumns<T extends ApiKeySummary>(): ColumnDef<T>[] {
  return [
    { id: "name", header: "Name", cell: ({ row }) => <NameCell apiKey={row.original} /> },
    {
      id: "key",
      header: "Key",
      // Only the prefix exists on this side: the key itself was shown once and never stored.
      cell: ({ row }) => <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">{row.original.prefix}…</code>,
    },
    { id: "created", header: "Created", cell: ({ row }) => <RelativeTime date={row.original.createdAt} /> },
    { id: "lastUsed", header: "Last used", cell: ({ row }) => <RelativeTime date={row.original.lastUsedAt} fallback="Never" /> },
    { id: "expires", header: "Expires", cell: ({ row }) => <ExpiresCell expiresAt={row.original.expiresAt} /> },
    { id: "status", header: "Status", cell: ({ row }) => <KeyStatusBadge state={apiKeyState(row.original, new Date())} /> },
  ];
}

export function ownerColumn(): ColumnDef<ApiKeyWithOwner> {
  return {
    id: "owner",
    header: "Owner",
    cell: ({ row }) => (
      <div className="grid gap-0.5">
        <Link href={`/admin/users/${row.original.owner.id}`} className="font-medium underline-offset-4 hover:underline">
          {row.original.owner.name}
        </Link>
        <span className="text-xs text-muted-foreground">{row.original.owner.email}</span>
      </div>
    ),
  };
}

export function rateLimitColumn<T extends ApiKeySummary>(defaultRateLimit: number): ColumnDef<T> {
  return {
    id: "rateLimit",
    header: "Rate limit",
    cell: ({ row }) =>
      row.original.rateLimit === null ? (
        <span className="text-muted-foreground">{defaultRateLimit}/min (default)</span>
      ) : (
        <span>{row.original.rateLimit}/min</span>
      ),
  };
}
