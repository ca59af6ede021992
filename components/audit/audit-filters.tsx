"use client";

import { debounce, useQueryStates } from "nuqs";
import { useTransition } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { LoadingStatus } from "@/components/ui/loading-status";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { auditSearchParams } from "./search-params";

const ALL = "__all__";

/** Filter by action (those that occur in the log) and by actor (part of an email). */
export function AuditFilters({ actions }: { actions: string[] }) {
  const [pending, startTransition] = useTransition();
  const [{ action, actor }, setParams] = useQueryStates(auditSearchParams, { shallow: false, startTransition });
  return (
    <div className="flex flex-wrap items-end gap-4" role="group" aria-label="Filters">
      <div className="grid gap-2">
        <Label htmlFor="audit-action">Action</Label>
        <Select value={action || ALL} onValueChange={(value) => setParams({ action: value === ALL ? null : value, cursor: null })}>
          <SelectTrigger id="audit-action" className="w-60">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>All actions</SelectItem>
            {actions.map((name) => (
              <SelectItem key={name} value={name}>
                {name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid min-w-56 gap-2">
        <Label htmlFor="audit-actor">Actor</Label>
        <Input
          id="audit-actor"
          type="search"
          placeholder="Part of an email"
          autoComplete="off"
          maxLength={254}
          value={actor}
          onChange={(event) => setParams({ actor: event.target.value || null, cursor: null }, { limitUrlUpdates: debounce(300) })}
        />
      </div>
      <LoadingStatus pending={pending} />
    </div>
  );
}
