"use client";

import { createColumnHelper, type TableOptions } from "@tanstack/react-table";
import { UserPlus, UsersRound } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { DataTable, actionsColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { PickerDialog } from "@/components/ui/picker-dialog";
import { RelativeTime } from "@/components/ui/relative-time";
import { actionData, useServerAction } from "@/components/ui/use-server-action";
import { UserStatusBadge } from "@/components/users/user-status-badge";
import { addMembersAction, searchUsersForGroupAction } from "@/lib/groups/group-actions";
import type { GroupMemberRow } from "@/lib/groups/queries";
import { ListSearch } from "./list-search";
import { RemoveMembershipButton } from "./remove-membership-button";

type Props = {
  group: { id: string; name: string; memberCount: number };
  members: GroupMemberRow[];
  total: number;
  page: number;
  pageSize: number;
  searching: boolean;
  canChange: boolean;
  canOpenUsers: boolean;
};

const column = createColumnHelper<GroupMemberRow>();

function memberColumns({ group, canChange, canOpenUsers }: Pick<Props, "group" | "canChange" | "canOpenUsers">): TableOptions<GroupMemberRow>["columns"] {
  return [
    column.accessor("name", {
      header: "Name",
      cell: ({ row }) =>
        canOpenUsers ? (
          <Link href={`/admin/users/${row.original.id}`} className="font-medium underline decoration-muted-foreground/40 underline-offset-4 hover:decoration-foreground">
            {row.original.name}
          </Link>
        ) : (
          <span className="font-medium">{row.original.name}</span>
        ),
    }),
    column.accessor("email", { header: "Email" }),
    column.accessor("status", { header: "Status", cell: ({ getValue }) => <UserStatusBadge status={getValue()} /> }),
    column.accessor("addedAt", { header: "Member since", cell: ({ getValue }) => <RelativeTime date={getValue()} /> }),
    ...(canChange ? [actionsColumn<GroupMemberRow>(({ row }) => <RemoveMembershipButton user={row.original} group={group} hiddenLabel={row.original.name} />)] : []),
  ];
}

/** The group page's Members section: search, Add members, per-row Remove with confirmation. */
export function GroupMembersSection({ group, members, total, page, pageSize, searching, canChange, canOpenUsers }: Props) {
  const add = useServerAction(addMembersAction, {
    refusal: "inline",
    success: (_, { userIds }) => (userIds.length === 1 ? `1 member added to ${group.name}` : `${userIds.length} members added to ${group.name}`),
  });

  return (
    <section aria-labelledby="group-members-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="group-members-heading" className="text-lg font-semibold">
          Members
        </h2>
        {canChange ? (
          <PickerDialog
            trigger={
              <Button variant="outline">
                <UserPlus aria-hidden /> Add members
              </Button>
            }
            title="Add members"
            description={`They get the permissions of ${group.name} at once.`}
            searchLabel="Search users"
            confirmLabel="Add members"
            queryKey={["member-picker", group.id, group.memberCount]}
            search={(q) => actionData(searchUsersForGroupAction({ q, excludeId: group.id }))}
            emptyText="No users match, or they are all members already."
            onConfirm={(userIds) => add.run({ groupId: group.id, userIds })}
          />
        ) : null}
      </div>
      {group.memberCount > 0 ? <ListSearch id="members-search" label="Search members" placeholder="Name or email" /> : null}
      {members.length === 0 ? (
        <EmptyState
          icon={UsersRound}
          headingLevel="h3"
          title={searching ? "No members match" : "No members yet"}
          description={searching ? "Try another part of the name or email." : canChange ? "Add members to grant them this group's permissions." : undefined}
        />
      ) : (
        <DataTable data={members} columns={memberColumns({ group, canChange, canOpenUsers })} label={`Members of ${group.name}`} getRowId={(member) => member.id} />
      )}
      <Pagination page={page} pageSize={pageSize} total={total} noun={total === 1 ? "member" : "members"} label="Members pages" />
    </section>
  );
}
