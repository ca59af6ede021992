import type { Metadata } from "next";
import { UserRoundSearch, UsersRound } from "lucide-react";
import Link from "next/link";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { NewUserDialog } from "@/components/users/new-user-dialog";
import { UsersTable } from "@/components/users/users-table";
import { UsersToolbar } from "@/components/users/users-toolbar";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { loadUsersSearchParams, usersListOptions } from "@/lib/users/list-params";
import { listUsers } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("users:read");
  const options = usersListOptions(loadUsersSearchParams(await searchParams));
  const { rows, total } = await listUsers({ actor, ...options });
  const filtered = options.q !== "" || options.status !== "all";
  return (
    <NuqsAdapter>
      <div className="space-y-6">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="space-y-1">
            <h1 className="text-2xl font-semibold">Users</h1>
            <p className="text-muted-foreground">Everyone who can sign in to Latchkey. What they may do comes from their groups.</p>
          </div>
          {can(actor, "users:write") ? <NewUserDialog canAssignGroups={can(actor, "groups:write")} /> : null}
        </div>
        <UsersToolbar />
        {rows.length > 0 ? (
          <UsersTable rows={rows} />
        ) : filtered ? (
          <EmptyState
            icon={UserRoundSearch}
            title="No users match"
            description="Try another part of the name or email, or another status."
            action={
              <Button asChild variant="outline">
                <Link href="/admin/users">Clear search and filters</Link>
              </Button>
            }
          />
        ) : (
          <EmptyState icon={UsersRound} title={options.page > 1 ? "No users on this page" : "No users yet"} description="Create the first one with New user." />
        )}
        <Pagination page={options.page} pageSize={options.pageSize} total={total} noun={total === 1 ? "user" : "users"} label="Users pages" />
      </div>
    </NuqsAdapter>
  );
}
