"use client";

import { Loader2, Search } from "lucide-react";
import { debounce, useQueryStates } from "nuqs";
import { useTransition } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { listSearchParams } from "@/lib/groups/list-params";

/** A search box kept in the URL (?q=), re-rendering the page on the server as one types. */
export function ListSearch({ id, label, placeholder }: { id: string; label: string; placeholder: string }) {
  const [pending, startTransition] = useTransition();
  const [{ q }, setParams] = useQueryStates(listSearchParams, { shallow: false, startTransition });
  return (
    <div className="flex flex-wrap items-end gap-4">
      <div className="grid min-w-64 flex-1 gap-2 sm:max-w-sm">
        <Label htmlFor={id}>{label}</Label>
        <div className="relative">
          <Search className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" aria-hidden />
          <Input
            id={id}
            type="search"
            placeholder={placeholder}
            autoComplete="off"
            maxLength={100}
            value={q}
            onChange={(event) => setParams({ q: event.target.value || null, page: null }, { limitUrlUpdates: debounce(300) })}
            className="pl-8"
          />
        </div>
      </div>
      <p role="status" className="flex h-9 items-center text-sm text-muted-foreground">
        {pending ? (
          <>
            <Loader2 className="mr-2 size-4 animate-spin" aria-hidden /> Loading…
          </>
        ) : null}
      </p>
    </div>
  );
}
