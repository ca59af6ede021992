import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
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

/** The audit log, newest first (server-rendered). */
export function AuditTable({ events }: { events: AuditEventRow[] }) {
  return (
    <div className="rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>When</TableHead>
            <TableHead>Actor</TableHead>
            <TableHead>Action</TableHead>
            <TableHead>Target</TableHead>
            <TableHead>Details</TableHead>
            <TableHead>IP</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((event) => (
            <TableRow key={event.id} className="align-top">
              <TableCell>
                <RelativeTime date={event.at} />
              </TableCell>
              <TableCell>
                {event.actorEmail ?? <span className="text-muted-foreground">unknown</span>}
                {event.actorKeyId ? <span className="block text-xs text-muted-foreground">via API key</span> : null}
              </TableCell>
              <TableCell>
                <code className="rounded bg-muted px-1.5 py-0.5 text-xs">{event.action}</code>
              </TableCell>
              <TableCell>
                <Target event={event} />
              </TableCell>
              <TableCell className="max-w-md whitespace-normal">
                <AuditDetails details={event.details} />
              </TableCell>
              <TableCell className="text-muted-foreground">{event.ip ?? "—"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
