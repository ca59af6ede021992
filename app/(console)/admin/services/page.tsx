import type { Metadata } from "next";
import { Blocks } from "lucide-react";
import { NewServiceDialog } from "@/components/services/new-service-dialog";
import { ServicesTable } from "@/components/services/services-table";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { listServices } from "@/lib/services/queries";

export const metadata: Metadata = { title: "Services" };

export default async function ServicesPage() {
  const actor = await requirePagePermission(["services:read", "services:write"]);
  const rows = await listServices({ actor });
  const canWrite = can(actor, "services:write");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">Services</h1>
          <p className="text-muted-foreground">Services that trust Latchkey keys. Each defines permissions that groups can grant.</p>
        </div>
        {canWrite ? <NewServiceDialog /> : null}
      </div>
      {rows.length > 0 ? (
        <ServicesTable rows={rows} />
      ) : (
        <EmptyState icon={Blocks} title="No services yet" description={canWrite ? "Register one with New service." : "None has been registered."} />
      )}
    </div>
  );
}
