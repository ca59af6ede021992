"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { ShieldOff } from "lucide-react";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { UserDetail } from "@/lib/users/queries";

type Grant = UserDetail["permissions"][number];

const column = createColumnHelper<Grant>();

function grantColumns(canOpenGroups: boolean) {
  return [
    column.accessor("permission", { header: "Permission", cell: ({ getValue }) => <code className="rounded bg-muted px-1.5 py-0.5 text-xs">{getValue()}</code> }),
    column.display({ id: "allows", header: "Allows", cell: ({ row }) => <span className="whitespace-normal text-muted-foreground">{row.original.description}</span> }),
    column.accessor("grantedBy", {
      header: "Granted by",
      cell: ({ getValue }) => (
        <span className="whitespace-normal">
          {getValue().map((group, index) => (
            <span key={group.id}>
              {index > 0 ? ", " : null}
              {canOpenGroups ? (
                <Link href={`/admin/groups/${group.id}`} className="underline decoration-muted-foreground/40 underline-offset-4 hover:decoration-foreground">
                  {group.name}
                </Link>
              ) : (
                group.name
              )}
            </span>
          ))}
        </span>
      ),
    }),
  ];
}

/** What the user may do now, and which of their groups grants each permission. */
export function UserPermissionsTable({ permissions, canOpenGroups }: { permissions: Grant[]; canOpenGroups: boolean }) {
  return (
    <section aria-labelledby="user-permissions-heading" className="space-y-3">
      <h2 id="user-permissions-heading" className="text-lg font-semibold">
        Effective permissions
      </h2>
      {permissions.length === 0 ? (
        <EmptyState icon={ShieldOff} headingLevel="h3" title="No permissions" description="Their groups grant nothing: they can only manage their own profile." />
      ) : (
        <DataTable data={permissions} columns={grantColumns(canOpenGroups)} label="Effective permissions" getRowId={(grant) => grant.permission} />
      )}
    </section>
  );
}
