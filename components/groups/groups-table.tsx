"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import type { GroupRow } from "@/lib/groups/queries";

const column = createColumnHelper<GroupRow>();
const count = new Intl.NumberFormat("en");

const columns = [
  column.accessor("name", {
    header: "Name",
    cell: ({ row }) => (
      <span className="flex flex-wrap items-center gap-2">
        <Link href={`/admin/groups/${row.original.id}`} className="font-medium underline decoration-muted-foreground/40 underline-offset-4 hover:decoration-foreground">
          {row.original.name}
        </Link>
        {row.original.builtIn ? <Badge variant="outline">Built-in</Badge> : null}
      </span>
    ),
  }),
  column.accessor("description", { header: "Description", cell: ({ getValue }) => <span className="line-clamp-2 whitespace-normal text-muted-foreground">{getValue()}</span> }),
  column.accessor("memberCount", { header: "Members", cell: ({ getValue }) => <span className="tabular-nums">{count.format(getValue())}</span> }),
  column.accessor("permissions", {
    header: "Permissions",
    cell: ({ row, getValue }) =>
      row.original.builtIn ? (
        <span className="text-muted-foreground">Every permission</span>
      ) : getValue().length === 0 ? (
        <span className="text-muted-foreground">None</span>
      ) : (
        <span className="flex max-w-md flex-wrap gap-1">
          {getValue().map((permission) => (
            <Badge key={permission} variant="secondary" className="font-mono">
              {permission}
            </Badge>
          ))}
        </span>
      ),
  }),
  column.accessor("createdAt", { header: "Created", cell: ({ getValue }) => <RelativeTime date={getValue()} /> }),
];

export function GroupsTable({ rows }: { rows: GroupRow[] }) {
  return <DataTable data={rows} columns={columns} label="Groups" getRowId={(group) => group.id} />;
}
