"use client";

import { debounce, useQueryStates } from "nuqs";
import { useTransition } from "react";
import { Label } from "@/components/ui/label";
import { LoadingStatus } from "@/components/ui/loading-status";
import { SearchField } from "@/components/ui/search-field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { usersSearchParams } from "@/lib/users/list-params";
import type { UserStatusFilter } from "@/lib/users/schemas";

const STATUS_LABELS: Record<UserStatusFilter, string> = { all: "All users", active: "Active", disabled: "Disabled" };

/** Search and status filter; both live in the URL and re-render the page on the server. */
export function UsersToolbar() {
  const [pending, startTransition] = useTransition();
  const [{ q, status }, setParams] = useQueryStates(usersSearchParams, { shallow: false, startTransition });
  return (
    <div className="flex flex-wrap items-end gap-4">
      <SearchField
        id="users-search"
        label="Search users"
        placeholder="Name or email"
        value={q}
        onChange={(value) => setParams({ q: value || null, page: null }, { limitUrlUpdates: debounce(300) })}
      />
      <div className="grid gap-2">
        <Label htmlFor="users-status">Status</Label>
        <Select value={status} onValueChange={(value) => setParams({ status: value === "all" ? null : (value as UserStatusFilter), page: null })}>
          <SelectTrigger id="users-status" className="w-36">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
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
