"use client";

import { useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { API_KEY_STATES, API_KEY_STATE_LABELS, type ApiKeyState } from "@/lib/api-keys/status";
import type { AllKeysFilters } from "./all-keys-filters";

const SORT_LABELS: Record<AllKeysFilters["sort"], string> = {
  "last-used-desc": "Last used, most recent first",
  "last-used-asc": "Last used, stalest first",
  created: "Created, newest first",
};

/** Filters of the admin list: status, "expires within N days", and the sort by last use. */
export function AllKeysToolbar({ filters, onChange }: { filters: AllKeysFilters; onChange: (filters: AllKeysFilters) => void }) {
  const [days, setDays] = useState(filters.expiresWithinDays?.toString() ?? "");
  const onDays = (text: string) => {
    setDays(text);
    const value = Number(text);
    if (text.trim() === "") onChange({ ...filters, expiresWithinDays: undefined });
    else if (Number.isInteger(value) && value >= 1 && value <= 3650) onChange({ ...filters, expiresWithinDays: value });
  };
  return (
    <div className="flex flex-wrap items-end gap-4" role="group" aria-label="Filters">
      <div className="grid gap-2">
        <Label htmlFor="all-keys-status">Status</Label>
        <Select value={filters.state ?? "all"} onValueChange={(value) => onChange({ ...filters, state: value === "all" ? undefined : (value as ApiKeyState) })}>
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
        <Select value={filters.sort} onValueChange={(value) => onChange({ ...filters, sort: value as AllKeysFilters["sort"] })}>
          <SelectTrigger id="all-keys-sort" className="w-64">
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
    </div>
  );
}
