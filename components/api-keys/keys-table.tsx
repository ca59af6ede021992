"use client";

import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import type { ApiKeySummary } from "@/lib/api-keys/summary";

/** A table of keys; revoked keys stay in it, greyed, so the history stays readable. */
export function KeysTable<T extends ApiKeySummary>({ keys, columns, label }: { keys: T[]; columns: ColumnDef<T>[]; label: string }) {
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table re-renders with its own state; no memoising needed
  const table = useReactTable({ data: keys, columns, getCoreRowModel: getCoreRowModel(), getRowId: (key) => key.id });
  return (
    <Table aria-label={label}>
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <TableRow key={group.id}>
            {group.headers.map((header) => (
              <TableHead key={header.id}>{header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}</TableHead>
            ))}
          </TableRow>
        ))}
      </TableHeader>
      <TableBody>
        {table.getRowModel().rows.map((row) => (
          <TableRow key={row.id} data-key-status={row.original.status.toLowerCase()} className={cn(row.original.status === "REVOKED" && "bg-muted/40 text-muted-foreground")}>
            {row.getVisibleCells().map((cell) => (
              <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
