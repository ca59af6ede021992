import type { Metadata } from "next";
import { SearchX, UsersRound } from "lucide-react";
import Link from "next/link";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { GroupsTable } from "@/components/groups/groups-table";
import { ListSearch } from "@/components/groups/list-search";
import { NewGroupDialog } from "@/components/groups/new-group-dialog";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { GROUPS_PAGE_SIZE, listOptions, loadListSearchParams } from "@/lib/groups/list-params";
import { listGroups } from "@/lib/groups/queries";

export const metadata: Metadata = { title: "Groups" };

export default async function GroupsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("groups:read");
  const options = listOptions(loadListSearchParams(await searchParams), GROUPS_PAGE_SIZE);
  const { rows, total } = await listGroups({ actor, ...options });
  return (
    <NuqsAdapter>
      <div className="space-y-6">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="space-y-1">
            <h1 className="text-2xl font-semibold">Groups</h1>
            <p className="text-muted-foreground">Groups carry permissions; their members hold them all.</p>
          </div>
          {can(actor, "groups:write") ? <NewGroupDialog /> : null}
        </div>
        <ListSearch id="groups-search" label="Search groups" placeholder="Group name" />
        {rows.length > 0 ? (
          <GroupsTable rows={rows} />
        ) : options.q ? (
          <EmptyState
            icon={SearchX}
            title="No groups match"
            description="Try another part of the name."
            action={
              <Button asChild variant="outline">
                <Link href="/admin/groups">Clear search</Link>
              </Button>
            }
          />
        ) : (
          <EmptyState icon={UsersRound} title="No groups on this page" description="Create one with New group." />
        )}
        <Pagination page={options.page} pageSize={options.pageSize} total={total} noun={total === 1 ? "group" : "groups"} label="Groups pages" />
      </div>
    </NuqsAdapter>
  );
}
