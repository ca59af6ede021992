"use client";

import { flexRender, getCoreRowModel, useReactTable, type Column, type ColumnDef, type RowData, type TableOptions } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type * as React from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/cn";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the parameters must match TanStack's declaration
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The server's sort key for this column: its header then sorts the list. */
    sortKey?: string;
  }
}

/** The list's order, kept by the page (in the URL); the table only asks to change it. */
export type DataTableSort = { key: string; dir: "asc" | "desc"; onSort: (key: string) => void };

type RowProps = { className?: string } & Record<`data-${string}`, string>;

type DataTableProps<T> = {
  data: T[];
  columns: TableOptions<T>["columns"];
  /** Names the table and, on phones, the list of cards. */
  label: string;
  getRowId?: (row: T) => string;
  /** The column whose value heads each card on phones (the first column unless named). */
  cardTitle?: string;
  /** Classes and data attributes of each row and card (a state for styles and tests). */
  rowProps?: (row: T) => RowProps;
  sort?: DataTableSort;
  /** The rows are being replaced (a new search or page is on its way). */
  busy?: boolean;
};

const ACTIONS = "actions";

/** The row's actions (a menu, a button): last in the table, in the corner of a card. */
export function actionsColumn<T>(cell: ColumnDef<T>["cell"]): ColumnDef<T> {
  return { id: ACTIONS, header: () => <span className="sr-only">Actions</span>, cell };
}

/** A column's header as text, for the labels of a card. */
function headerText<T>(column: Column<T>) {
  const { header } = column.columnDef;
  return typeof header === "string" ? header : column.id;
}

function SortButton<T>({ column, sort, pressed }: { column: Column<T>; sort: DataTableSort; pressed?: boolean }) {
  const key = column.columnDef.meta?.sortKey;
  if (!key) return null;
  const active = key === sort.key;
  const Icon = !active ? ArrowUpDown : sort.dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <button
      type="button"
      onClick={() => sort.onSort(key)}
      aria-pressed={pressed === undefined ? undefined : active}
      className="-mx-2 inline-flex items-center gap-1 rounded-md px-2 py-1 hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none aria-pressed:bg-accent"
    >
      {headerText(column)}
      {/* The column header's aria-sort (or the button's pressed state) tells assistive technology the order. */}
      <Icon className={cn("size-3.5", !active && "opacity-40")} aria-hidden />
    </button>
  );
}

/**
 * The console's one table. Where it has 640 px or more it is a real <table>; narrower (a phone,
 * or a tablet beside the sidebar), a list of cards, one per row, showing every column's value
 * under its header's name and the row's actions, so nothing scrolls sideways. Both are rendered
 * and a container query shows one: no flash before hydration, and the hidden one is out of the
 * accessibility tree. Sorting happens on the server (`sort`).
 */
export function DataTable<T>({ data, columns, label, getRowId, cardTitle, rowProps, sort, busy }: DataTableProps<T>) {
  // eslint-disable-next-line react-hooks/incompatible-library -- rows come from props each render; nothing to memoise
  const table = useReactTable({ data, columns, getRowId, getCoreRowModel: getCoreRowModel(), manualSorting: true, manualPagination: true });
  const rows = table.getRowModel().rows;
  const titleId = cardTitle ?? table.getAllLeafColumns()[0]?.id;
  const sortable = sort ? table.getAllLeafColumns().filter((column) => column.columnDef.meta?.sortKey) : [];

  return (
    <div className={cn("@container rounded-lg border transition-opacity", busy && "opacity-60")} aria-busy={busy || undefined}>
      <div className="hidden @min-[40rem]:block">
        <Table aria-label={label}>
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id}>
                {group.headers.map((header) => {
                  const key = header.column.columnDef.meta?.sortKey;
                  const ariaSort = sort && key ? (key === sort.key ? (sort.dir === "asc" ? "ascending" : "descending") : "none") : undefined;
                  return (
                    <TableHead key={header.id} aria-sort={ariaSort}>
                      {sort && key ? <SortButton column={header.column} sort={sort} /> : flexRender(header.column.columnDef.header, header.getContext())}
                    </TableHead>
                  );
                })}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id} {...rowProps?.(row.original)}>
                {row.getVisibleCells().map((cell) => (
                  <TableCell key={cell.id} className={cn(cell.column.id === ACTIONS && "text-right")}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <div className="@min-[40rem]:hidden">
        {sort && sortable.length > 0 ? (
          <div role="group" aria-label="Sort by" className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b px-4 py-2 text-sm text-muted-foreground">
            {sortable.map((column) => (
              <SortButton key={column.id} column={column} sort={sort} pressed />
            ))}
          </div>
        ) : null}
        <ul aria-label={label} className="divide-y text-sm">
          {rows.map((row) => {
            const cells = row.getVisibleCells();
            const title = cells.find((cell) => cell.column.id === titleId);
            const actions = cells.find((cell) => cell.column.id === ACTIONS);
            const props = rowProps?.(row.original);
            return (
              <li key={row.id} {...props} className={cn("grid gap-3 p-4", props?.className)}>
                <div className="flex items-start justify-between gap-3">
                  <div className="min-w-0 [overflow-wrap:anywhere]">{title ? flexRender(title.column.columnDef.cell, title.getContext()) : null}</div>
                  {actions ? <div className="-my-1 shrink-0">{flexRender(actions.column.columnDef.cell, actions.getContext())}</div> : null}
                </div>
                <dl className="grid gap-1.5">
                  {cells
                    .filter((cell) => cell !== title && cell !== actions)
                    .map((cell) => (
                      <div key={cell.id} className="grid grid-cols-[7rem_minmax(0,1fr)] gap-3">
                        <dt className="text-muted-foreground">{headerText(cell.column)}</dt>
                        <dd className="min-w-0 [overflow-wrap:anywhere]">{flexRender(cell.column.columnDef.cell, cell.getContext())}</dd>
                      </div>
                    ))}
                </dl>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
