"use client";

import { debounce, useQueryStates } from "nuqs";
import { useState, useTransition } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { LoadingStatus } from "@/components/ui/loading-status";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { allKeysSearchParams, isExpiresWithinDays } from "@/lib/api-keys/list-params";
import type { ALL_KEYS_SORTS } from "@/lib/api-keys/schemas";
import { API_KEY_STATES, API_KEY_STATE_LABELS, type ApiKeyState } from "@/lib/api-keys/status";

type Sort = (typeof ALL_KEYS_SORTS)[number];

const SORT_LABELS: Record<Sort, string> = {
  "last-used-desc": "Last used, most recent first",
  "last-used-asc": "Last used, stalest first",
  created: "Created, newest first",
};

/** Filters of the admin list: status, "expires within N days", and the sort by last use; all in the URL. */
export function AllKeysToolbar() {
  const [pending, startTransition] = useTransition();
  const [{ status, expiresWithin, sort }, setParams] = useQueryStates(allKeysSearchParams, { shallow: false, startTransition });
  const [days, setDays] = useState(expiresWithin?.toString() ?? "");
  const onDays = (text: string) => {
    setDays(text);
    const value = Number(text);
    if (text.trim() === "") setParams({ expiresWithin: null, page: null });
    else if (isExpiresWithinDays(value)) setParams({ expiresWithin: value, page: null }, { limitUrlUpdates: debounce(300) });
  };
  return (
    <div className="flex flex-wrap items-end gap-4" role="group" aria-label="Filters">
      <div className="grid gap-2">
        <Label htmlFor="all-keys-status">Status</Label>
        <Select value={status ?? "all"} onValueChange={(value) => setParams({ status: value === "all" ? null : (value as ApiKeyState), page: null })}>
          <SelectTrigger id="all-keys-status" className="w-44">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="all">All statuses</SelectItem>
            {API_KEY_STATES.map((state) => (
              <SelectItem key={state} value={state}>
                {API_KEY_STATE_LABELS[state]}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="all-keys-expires-within">Expires within (days)</Label>
        <Input id="all-keys-expires-within" type="number" inputMode="numeric" min={1} max={3650} placeholder="Any" value={days} onChange={(event) => onDays(event.target.value)} className="w-36" />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="all-keys-sort">Sort</Label>
        <Select value={sort} onValueChange={(value) => setParams({ sort: value as Sort, page: null })}>
          <SelectTrigger id="all-keys-sort" className="w-64 max-w-full">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <SelectItem key={value} value={value}>
                {label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <LoadingStatus pending={pending} />
    </div>
  );
}
