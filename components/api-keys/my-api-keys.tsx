"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { KeyRound } from "lucide-react";
import { useState } from "react";
import { actionsColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { AccessPreset } from "@/lib/access-presets/summary";
import type { ApiKeySummary } from "@/lib/api-keys/summary";
import type { CatalogueEntry } from "@/lib/permissions/catalogue";
import { CreateKeyDialog, type KeyPolicy } from "./create-key-dialog";
import { ExpiringSoonNotice } from "./expiring-soon-notice";
import { keyColumns } from "./key-columns";
import { KeyRowActions } from "./key-row-actions";
import { KeysTable } from "./keys-table";
import { RevealKeyDialog, type RevealedKey } from "./reveal-key-dialog";

export const CANNOT_CREATE =
  "Creating API keys needs the api_keys:create permission. Administrators grant it by adding you to a group that holds it; ask one of them.";

const columns: ColumnDef<ApiKeySummary>[] = [...keyColumns<ApiKeySummary>(), actionsColumn(({ row }) => <KeyRowActions apiKey={row.original} mode="owner" />)];

/** Preferences → API keys: the signed-in user's keys, as the server read them. */
export function MyApiKeys({
  keys,
  canCreate,
  policy,
  held,
  presets,
}: {
  keys: ApiKeySummary[];
  canCreate: boolean;
  policy: KeyPolicy;
  held: CatalogueEntry[];
  presets: AccessPreset[];
}) {
  // The plaintext of a just-created key, only until Done.
  const [revealed, setRevealed] = useState<RevealedKey | null>(null);
  // The new key joins the list when the action's revalidated page arrives.
  const onCreated = ({ key, plaintext }: { key: ApiKeySummary; plaintext: string }) => setRevealed({ name: key.name, plaintext });

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
        {canCreate && <CreateKeyDialog policy={policy} held={held} presets={presets} onCreated={onCreated} />}
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
