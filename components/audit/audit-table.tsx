"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AuditEventRow } from "@/lib/audit/queries";
import { AuditDetails } from "./audit-details";

const TARGET_PAGES: Record<string, string> = { user: "/admin/users", group: "/admin/groups" };

function Target({ event }: { event: AuditEventRow }) {
  if (!event.targetType || !event.targetId) return <span className="text-muted-foreground">—</span>;
  const label = event.targetLabel ?? event.targetId;
  const page = TARGET_PAGES[event.targetType];
  return (
    <span>
      <span className="text-muted-foreground">{event.targetType.replace("_", " ")} </span>
      {page ? (
        <Link href={`${page}/${event.targetId}`} className="underline decoration-muted-foreground/40 underline-offset-4 hover:decoration-foreground">
          {label}
        </Link>
      ) : (
        label
      )}
    </span>
  );
}

const column = createColumnHelper<AuditEventRow>();

const columns = [
  column.accessor("at", { header: "When", cell: ({ getValue }) => <RelativeTime date={getValue()} /> }),
  column.accessor("actorEmail", {
    header: "Actor",
    cell: ({ row }) => (
      <>
        {row.original.actorEmail ?? <span className="text-muted-foreground">unknown</span>}
        {row.original.actorKeyId ? <span className="block text-xs text-muted-foreground">via API key</span> : null}
      </>
    ),
  }),
  column.accessor("action", { header: "Action", cell: ({ getValue }) => <code className="rounded bg-muted px-1.5 py-0.5 text-xs">{getValue()}</code> }),
  column.display({ id: "target", header: "Target", cell: ({ row }) => <Target event={row.original} /> }),
  column.accessor("details", {
    header: "Details",
    cell: ({ getValue }) => (
      <div className="max-w-md whitespace-normal">
        <AuditDetails details={getValue()} />
      </div>
    ),
  }),
  column.accessor("ip", { header: "IP", cell: ({ getValue }) => <span className="text-muted-foreground">{getValue() ?? "—"}</span> }),
];

/** The audit log, newest first (one server page of it). On a phone each card is headed by the action. */
export function AuditTable({ events }: { events: AuditEventRow[] }) {
  return <DataTable data={events} columns={columns} label="Audit events" getRowId={(event) => event.id} cardTitle="action" />;
}
