"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ServiceListRow } from "@/lib/services/queries";

const column = createColumnHelper<ServiceListRow>();
const count = new Intl.NumberFormat("en");

const columns = [
  column.accessor("name", {
    header: "Name",
    cell: ({ row }) => (
      <Link href={`/admin/services/${row.original.id}`} className="font-medium underline decoration-muted-foreground/40 underline-offset-4 hover:decoration-foreground">
        {row.original.name}
      </Link>
    ),
  }),
  column.accessor("slug", { header: "Slug", cell: ({ getValue }) => <span className="font-mono">{getValue()}</span> }),
  column.accessor("description", { header: "Description", cell: ({ getValue }) => <span className="line-clamp-2 whitespace-normal text-muted-foreground">{getValue()}</span> }),
  column.accessor("permissionCount", { header: "Permissions", cell: ({ getValue }) => <span className="tabular-nums">{count.format(getValue())}</span> }),
  column.accessor("createdAt", { header: "Created", cell: ({ getValue }) => <RelativeTime date={getValue()} /> }),
];

export function ServicesTable({ rows }: { rows: ServiceListRow[] }) {
  return <DataTable data={rows} columns={columns} label="Services" getRowId={(service) => service.id} />;
}
