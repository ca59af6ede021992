"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { useMemo, useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { listOwnApiKeysAction } from "@/lib/api-keys/query-actions";
import type { ApiKeySummary } from "@/lib/api-keys/summary";
import type { Permission } from "@/lib/permissions/catalogue";
import { unwrap } from "./action-result";
import { CreateKeyDialog, type KeyPolicy } from "./create-key-dialog";
import { ExpiringSoonNotice } from "./expiring-soon-notice";
import { keyColumns } from "./key-columns";
import { KeyRowActions } from "./key-row-actions";
import { KeysTable } from "./keys-table";
import { apiKeyQueries } from "./query-keys";
import { RevealKeyDialog, type RevealedKey } from "./reveal-key-dialog";

export const CANNOT_CREATE =
  "Creating API keys needs the api_keys:create permission. Administrators grant it by adding you to a group that holds it; ask one of them.";

/** Preferences → API keys: the signed-in user's keys, kept current by React Query. */
export function MyApiKeys({
  initialKeys,
  canCreate,
  policy,
  held,
}: {
  initialKeys: ApiKeySummary[];
  canCreate: boolean;
  policy: KeyPolicy;
  held: Permission[];
}) {
  const queryClient = useQueryClient();
  const { data: keys } = useQuery({
    queryKey: apiKeyQueries.own,
    queryFn: async () => unwrap(await listOwnApiKeysAction()),
    initialData: initialKeys,
  });
  // The plaintext of a just-created key, only until Done.
  const [revealed, setRevealed] = useState<RevealedKey | null>(null);
  const columns = useMemo(
    () => [...keyColumns<ApiKeySummary>(), { id: "actions", header: () => <span className="sr-only">Actions</span>, cell: ({ row }: { row: { original: ApiKeySummary } }) => <KeyRowActions apiKey={row.original} mode="owner" /> }],
    [],
  );

  const onCreated = ({ key, plaintext }: { key: ApiKeySummary; plaintext: string }) => {
    queryClient.setQueryData<ApiKeySummary[]>(apiKeyQueries.own, (current = []) => [key, ...current.filter((other) => other.id !== key.id)]);
    void queryClient.invalidateQueries({ queryKey: apiKeyQueries.all });
    setRevealed({ name: key.name, plaintext });
  };

  return (
    <section aria-labelledby="api-keys-heading" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h2 id="api-keys-heading" className="text-lg font-semibold">
            API keys
          </h2>
          <p className="max-w-prose text-sm text-muted-foreground">
            Personal keys let scripts and programs call Latchkey&apos;s API as you. Give each program its own key, so you can revoke one without breaking the others.
          </p>
        </div>
        {canCreate && <CreateKeyDialog policy={policy} held={held} onCreated={onCreated} />}
      </div>
      {!canCreate && <p className="max-w-prose rounded-md border bg-muted/40 p-3 text-sm">{CANNOT_CREATE}</p>}
      <ExpiringSoonNotice keys={keys} />
      {keys.length === 0 ? (
        <EmptyState
          icon={KeyRound}
          headingLevel="h3"
          title="No API keys yet"
          description={canCreate ? "Create a key for each program that calls Latchkey's API." : "Once you may create keys, they will be listed here."}
        />
      ) : (
        <KeysTable keys={keys} columns={columns} label="Your API keys" />
      )}
      <RevealKeyDialog revealed={revealed} onDone={() => setRevealed(null)} />
    </section>
  );
}
