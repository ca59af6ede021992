"use client";

import { createContext, use, useOptimistic } from "react";
import { DataTable } from "@/components/ui/data-table";
import type { TableOptions } from "@tanstack/react-table";
import type { ApiKeySummary } from "@/lib/api-keys/summary";
import { cn } from "@/lib/cn";

/** A change shown before the server confirms it: fields of one key, or the key gone from the list. */
export type KeyChange = { id: string; patch: Partial<ApiKeySummary> | "remove" };

const ChangeKeyContext = createContext<(change: KeyChange) => void>(() => {});

/** The optimistic setter of the enclosing keys table, for its row menus and dialogs. */
export function useChangeKey() {
  return use(ChangeKeyContext);
}

function applyChange<T extends ApiKeySummary>(keys: T[], { id, patch }: KeyChange): T[] {
  if (patch === "remove") return keys.filter((key) => key.id !== id);
  return keys.map((key) => (key.id === id ? { ...key, ...patch } : key));
}

/**
 * A table of keys, as the server rendered them plus the changes under way (useOptimistic).
 * Revoked keys stay in it, greyed, so the history stays readable.
 */
export function KeysTable<T extends ApiKeySummary>({ keys, columns, label, cardTitle }: { keys: T[]; columns: TableOptions<T>["columns"]; label: string; cardTitle?: string }) {
  const [shown, changeKey] = useOptimistic(keys, applyChange<T>);
  return (
    <ChangeKeyContext value={changeKey}>
      <DataTable
        data={shown}
        columns={columns}
        label={label}
        cardTitle={cardTitle}
        getRowId={(key) => key.id}
        rowProps={(key) => ({ "data-key-status": key.status.toLowerCase(), className: cn(key.status === "REVOKED" && "bg-muted/40 text-muted-foreground") })}
      />
    </ChangeKeyContext>
  );
}
