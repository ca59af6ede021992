"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { useQueryStates } from "nuqs";
import { useTransition } from "react";
import { DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { usersSearchParams } from "@/lib/users/list-params";
import type { UserRow } from "@/lib/users/queries";
import { USER_SORTS, type UserSort } from "@/lib/users/schemas";
import { UserStatusBadge } from "./user-status-badge";

const column = createColumnHelper<UserRow>();

const columns = [
  column.accessor("name", {
    header: "Name",
    meta: { sortKey: "name" },
    cell: ({ row }) => (
      <Link href={`/admin/users/${row.original.id}`} className="font-medium underline decoration-muted-foreground/40 underline-offset-4 hover:decoration-foreground">
        {row.original.name}
      </Link>
    ),
  }),
  column.accessor("email", { header: "Email", meta: { sortKey: "email" } }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <UserStatusBadge status={getValue()} /> }),
  column.accessor("groupCount", { header: "Groups", cell: ({ getValue }) => <span className="tabular-nums">{getValue()}</span> }),
  column.accessor("createdAt", { header: "Created", meta: { sortKey: "createdAt" }, cell: ({ getValue }) => <RelativeTime date={getValue()} /> }),
  column.accessor("lastLoginAt", { header: "Last sign-in", meta: { sortKey: "lastLoginAt" }, cell: ({ getValue }) => <RelativeTime date={getValue()} fallback="Never" /> }),
];

// Names and emails read best A→Z first; dates newest first.
const FIRST_DIRECTION: Record<UserSort, "asc" | "desc"> = { name: "asc", email: "asc", createdAt: "desc", lastLoginAt: "desc" };

/** The users table: one server page of rows; sorting is done by the server through the URL. */
export function UsersTable({ rows }: { rows: UserRow[] }) {
  const [pending, startTransition] = useTransition();
  const [{ sort, dir }, setParams] = useQueryStates(usersSearchParams, { shallow: false, startTransition });

  const sortBy = (key: string) => {
    const next = USER_SORTS.find((known) => known === key);
    if (!next) return;
    const direction = next === sort ? (dir === "asc" ? "desc" : "asc") : FIRST_DIRECTION[next];
    setParams({ sort: next === "name" ? null : next, dir: direction === "asc" ? null : direction, page: null });
  };

  return <DataTable data={rows} columns={columns} label="Users" getRowId={(user) => user.id} sort={{ key: sort, dir, onSort: sortBy }} busy={pending} />;
}
