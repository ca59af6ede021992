"use client";

import { useQuery } from "@tanstack/react-query";
import { Loader2, Search, X } from "lucide-react";
import * as React from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export type ChecklistItem = { id: string; label: string; description?: string };

type SearchableChecklistProps = {
  /** Base id for the controls. */
  id: string;
  /** Accessible name of the search box: "Search users". */
  searchLabel: string;
  /** Identifies the search for caching: the query text is appended. */
  queryKey: readonly unknown[];
  search: (q: string) => Promise<ChecklistItem[]>;
  selected: ChecklistItem[];
  onSelectedChange: (items: ChecklistItem[]) => void;
  emptyText: string;
};

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = React.useState(value);
  React.useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** A search box over a server-side list, with a checkbox per result; choices survive new searches. */
export function SearchableChecklist({ id, searchLabel, queryKey, search, selected, onSelectedChange, emptyText }: SearchableChecklistProps) {
  const [text, setText] = React.useState("");
  const q = useDebounced(text.trim(), 250);
  const results = useQuery({ queryKey: [...queryKey, q], queryFn: () => search(q), staleTime: 5_000 });
  const chosen = new Set(selected.map((item) => item.id));
  const toggle = (item: ChecklistItem, on: boolean) =>
    onSelectedChange(on ? [...selected, item] : selected.filter((other) => other.id !== item.id));

  return (
    <div className="grid gap-3">
      <div className="relative">
        <Search className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" aria-hidden />
        <Input
          id={`${id}-search`}
          type="search"
          aria-label={searchLabel}
          placeholder={`${searchLabel}…`}
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="pl-8"
        />
      </div>
      {selected.length > 0 ? (
        <ul aria-label="Selected" className="flex flex-wrap gap-1.5">
          {selected.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                onClick={() => toggle(item, false)}
                aria-label={`Unselect ${item.label}`}
                className="inline-flex items-center gap-1 rounded-md border bg-secondary px-2 py-0.5 text-xs outline-none focus-visible:ring-2 focus-visible:ring-ring"
              >
                {item.label} <X className="size-3" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="max-h-64 min-h-24 overflow-y-auto rounded-md border" aria-busy={results.isFetching}>
        {results.isPending ? (
          <p role="status" className="flex items-center gap-2 p-3 text-sm text-muted-foreground">
            <Loader2 className="size-4 animate-spin" aria-hidden /> Searching…
          </p>
        ) : results.isError ? (
          <p role="alert" className="p-3 text-sm text-destructive">
            The search failed. Try again.
          </p>
        ) : results.data.length === 0 ? (
          <p role="status" className="p-3 text-sm text-muted-foreground">
            {emptyText}
          </p>
        ) : (
          <ul aria-label="Results" className="divide-y">
            {results.data.map((item) => {
              const control = `${id}-item-${item.id}`;
              return (
                <li key={item.id} className="flex items-start gap-3 px-3 py-2">
                  <Checkbox id={control} checked={chosen.has(item.id)} onCheckedChange={(on) => toggle(item, on === true)} className="mt-0.5" />
                  <Label htmlFor={control} className="grid gap-0.5 font-normal">
                    <span className="font-medium">{item.label}</span>
                    {item.description ? <span className="text-xs text-muted-foreground">{item.description}</span> : null}
                  </Label>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
