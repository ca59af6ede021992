import type { Metadata } from "next";
import { FileClock } from "lucide-react";
import Link from "next/link";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { AUDIT_PAGE_SIZE, loadAuditSearchParams } from "@/components/audit/search-params";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { listAuditActions, listAuditEvents } from "@/lib/audit/queries";
import { withoutForbiddenCharacters } from "@/lib/validation/text";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const reader = await requirePagePermission("audit:read");
  const { action, actor, cursor } = loadAuditSearchParams(await searchParams);
  const filter = {
    action: withoutForbiddenCharacters(action).trim().slice(0, 100) || undefined,
    actor: withoutForbiddenCharacters(actor).trim().slice(0, 254) || undefined,
  };
  const [{ rows, nextCursor }, actions] = await Promise.all([
    listAuditEvents({ actor: reader, input: { ...filter, cursor: cursor || undefined, limit: AUDIT_PAGE_SIZE } }),
    listAuditActions({ actor: reader }),
  ]);
  const href = (next: string | null) => {
    const params = new URLSearchParams({ ...(filter.action && { action: filter.action }), ...(filter.actor && { actor: filter.actor }), ...(next && { cursor: next }) });
    return `/admin/audit${params.size ? `?${params}` : ""}`;
  };
  return (
    <NuqsAdapter>
      <div className="space-y-6">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">Audit log</h1>
          <p className="text-muted-foreground">Every change to users, groups and API keys: who, what, when and from where.</p>
        </div>
        <AuditFilters actions={actions} />
        {rows.length > 0 ? (
          <AuditTable events={rows} />
        ) : (
          <EmptyState icon={FileClock} title="No events" description={filter.action || filter.actor ? "Nothing matches these filters." : "Nothing has happened yet."} />
        )}
        <nav aria-label="Audit log pages" className="flex gap-2">
          {cursor ? (
            <Button asChild variant="outline" size="sm">
              <Link href={href(null)}>Newest</Link>
            </Button>
          ) : null}
          {nextCursor ? (
            <Button asChild variant="outline" size="sm">
              <Link href={href(nextCursor)} rel="next">
                Older
              </Link>
            </Button>
          ) : null}
        </nav>
      </div>
    </NuqsAdapter>
  );
}
