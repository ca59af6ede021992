"use client";

import { debounce, useQueryStates } from "nuqs";
import { useTransition } from "react";
import { LoadingStatus } from "@/components/ui/loading-status";
import { SearchField } from "@/components/ui/search-field";
import { listSearchParams } from "@/lib/groups/list-params";

/** A search box kept in the URL (?q=), re-rendering the page on the server as one types. */
export function ListSearch({ id, label, placeholder }: { id: string; label: string; placeholder: string }) {
  const [pending, startTransition] = useTransition();
  const [{ q }, setParams] = useQueryStates(listSearchParams, { shallow: false, startTransition });
  return (
    <div className="flex flex-wrap items-end gap-4">
      <SearchField
        id={id}
        label={label}
        placeholder={placeholder}
        value={q}
        onChange={(value) => setParams({ q: value || null, page: null }, { limitUrlUpdates: debounce(300) })}
      />
      <LoadingStatus pending={pending} />
    </div>
  );
}
