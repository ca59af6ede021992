"use client";

import { Loader2, Search } from "lucide-react";
import { debounce, useQueryStates } from "nuqs";
import { useTransition } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
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
      <div className="grid min-w-64 flex-1 gap-2 sm:max-w-sm">
        <Label htmlFor="users-search">Search users</Label>
        <div className="relative">
          <Search className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" aria-hidden />
          <Input
            id="users-search"
            type="search"
            placeholder="Name or email"
            autoComplete="off"
            value={q}
            maxLength={100}
            onChange={(event) => setParams({ q: event.target.value || null, page: null }, { limitUrlUpdates: debounce(300) })}
            className="pl-8"
          />
        </div>
      </div>
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
