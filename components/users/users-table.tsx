"use client";

import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { useQueryStates } from "nuqs";
import { useTransition } from "react";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { usersSearchParams } from "@/lib/users/list-params";
import type { UserRow } from "@/lib/users/queries";
import type { UserSort } from "@/lib/users/schemas";
import { UserStatusBadge } from "./user-status-badge";

const column = createColumnHelper<UserRow>();

const columns = [
  column.accessor("name", {
    header: "Name",
    meta: { sort: "name" },
    cell: ({ row }) => (
      <Link href={`/admin/users/${row.original.id}`} className="font-medium underline decoration-muted-foreground/40 underline-offset-4 hover:decoration-foreground">
        {row.original.name}
      </Link>
    ),
  }),
  column.accessor("email", { header: "Email", meta: { sort: "email" } }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <UserStatusBadge status={getValue()} /> }),
  column.accessor("groupCount", { header: "Groups", cell: ({ getValue }) => <span className="tabular-nums">{getValue()}</span> }),
  column.accessor("createdAt", { header: "Created", meta: { sort: "createdAt" }, cell: ({ getValue }) => <RelativeTime date={getValue()} /> }),
  column.accessor("lastLoginAt", { header: "Last sign-in", meta: { sort: "lastLoginAt" }, cell: ({ getValue }) => <RelativeTime date={getValue()} fallback="Never" /> }),
];

// Names and emails read best A→Z first; dates newest first.
const FIRST_DIRECTION: Record<UserSort, "asc" | "desc"> = { name: "asc", email: "asc", createdAt: "desc", lastLoginAt: "desc" };

/** The users table: one server page of rows; sorting is done by the server through the URL. */
export function UsersTable({ rows }: { rows: UserRow[] }) {
  const [pending, startTransition] = useTransition();
  const [{ sort, dir }, setParams] = useQueryStates(usersSearchParams, { shallow: false, startTransition });
  // eslint-disable-next-line react-hooks/incompatible-library -- rows come from the server each render; nothing to memoise
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), manualSorting: true, manualPagination: true });

  const sortBy = (key: UserSort) => {
    const next = key === sort ? (dir === "asc" ? "desc" : "asc") : FIRST_DIRECTION[key];
    setParams({ sort: key === "name" ? null : key, dir: next === "asc" ? null : next, page: null });
  };

  return (
    <div className={cn("rounded-lg border transition-opacity", pending && "opacity-60")} aria-busy={pending}>
      <Table>
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((header) => {
                const key = (header.column.columnDef.meta as { sort?: UserSort } | undefined)?.sort;
                const label = flexRender(header.column.columnDef.header, header.getContext());
                if (!key) return <TableHead key={header.id}>{label}</TableHead>;
                const active = key === sort;
                const Icon = !active ? ArrowUpDown : dir === "asc" ? ArrowUp : ArrowDown;
                return (
                  <TableHead key={header.id} aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}>
                    <button
                      type="button"
                      onClick={() => sortBy(key)}
                      className="-mx-2 inline-flex items-center gap-1 rounded-md px-2 py-1 hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
                    >
                      {label}
                      {/* The header's aria-sort tells assistive technology the order. */}
                      <Icon className={cn("size-3.5", !active && "opacity-40")} aria-hidden />
                    </button>
                  </TableHead>
                );
              })}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.map((row) => (
            <TableRow key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
