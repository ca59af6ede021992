import Link from "next/link";
import { ShieldOff } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PERMISSION_DESCRIPTIONS } from "@/lib/permissions/catalogue";
import type { UserDetail } from "@/lib/users/queries";

/** What the user may do now, and which of their groups grants each permission. */
export function UserPermissionsTable({ permissions, canOpenGroups }: { permissions: UserDetail["permissions"]; canOpenGroups: boolean }) {
  return (
    <section aria-labelledby="user-permissions-heading" className="space-y-3">
      <h2 id="user-permissions-heading" className="text-lg font-semibold">
        Effective permissions
      </h2>
      {permissions.length === 0 ? (
        <EmptyState icon={ShieldOff} headingLevel="h3" title="No permissions" description="Their groups grant nothing: they can only manage their own profile." />
      ) : (
        <div className="rounded-lg border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Permission</TableHead>
                <TableHead>Allows</TableHead>
                <TableHead>Granted by</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {permissions.map(({ permission, grantedBy }) => (
                <TableRow key={permission}>
                  <TableCell>
                    <code className="rounded bg-muted px-1.5 py-0.5 text-xs">{permission}</code>
                  </TableCell>
                  <TableCell className="whitespace-normal text-muted-foreground">{PERMISSION_DESCRIPTIONS[permission]}</TableCell>
                  <TableCell className="whitespace-normal">
                    {grantedBy.map((group, index) => (
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
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
