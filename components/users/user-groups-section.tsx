"use client";

import { createColumnHelper, type TableOptions } from "@tanstack/react-table";
import { Plus, UsersRound } from "lucide-react";
import Link from "next/link";
import { RemoveMembershipButton } from "@/components/groups/remove-membership-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable, actionsColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PickerDialog } from "@/components/ui/picker-dialog";
import { RelativeTime } from "@/components/ui/relative-time";
import { actionData, useServerAction } from "@/components/ui/use-server-action";
import { addToGroupsAction, searchGroupsAction } from "@/lib/groups/group-actions";

type Group = { id: string; name: string; description: string; builtIn: boolean; addedAt: Date };
type Props = { user: { id: string; name: string }; groups: Group[]; canChange: boolean; canOpenGroups: boolean };

const column = createColumnHelper<Group>();

function groupColumns({ user, canChange, canOpenGroups }: Omit<Props, "groups">): TableOptions<Group>["columns"] {
  return [
    column.accessor("name", {
      header: "Group",
      cell: ({ row }) => (
        <span className="flex flex-wrap items-center gap-2 font-medium">
          {canOpenGroups ? (
            <Link href={`/admin/groups/${row.original.id}`} className="underline decoration-muted-foreground/40 underline-offset-4 hover:decoration-foreground">
              {row.original.name}
            </Link>
          ) : (
            row.original.name
          )}
          {row.original.builtIn ? <Badge variant="outline">Built-in</Badge> : null}
        </span>
      ),
    }),
    column.accessor("description", { header: "Description", cell: ({ getValue }) => <span className="line-clamp-2 max-w-md whitespace-normal text-muted-foreground">{getValue()}</span> }),
    column.accessor("addedAt", { header: "Member since", cell: ({ getValue }) => <RelativeTime date={getValue()} /> }),
    ...(canChange ? [actionsColumn<Group>(({ row }) => <RemoveMembershipButton user={user} group={row.original} hiddenLabel={`from ${row.original.name}`} />)] : []),
  ];
}

/** The user page's Groups section: the user's groups, Add to group, and per-row Remove. */
export function UserGroupsSection({ user, groups, canChange, canOpenGroups }: Props) {
  const add = useServerAction(addToGroupsAction, {
    refusal: "inline",
    success: (_, { groupIds }) => `${user.name} was added to ${groupIds.length === 1 ? "the group" : `${groupIds.length} groups`}`,
  });

  return (
    <section aria-labelledby="user-groups-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="user-groups-heading" className="text-lg font-semibold">
          Groups
        </h2>
        {canChange ? (
          <PickerDialog
            trigger={
              <Button variant="outline">
                <Plus aria-hidden /> Add to group
              </Button>
            }
            title="Add to group"
            description={`${user.name} gets the permissions of every group you choose.`}
            searchLabel="Search groups"
            confirmLabel="Add to group"
            queryKey={["group-picker", user.id, groups.length]}
            search={(q) => actionData(searchGroupsAction({ q, excludeId: user.id }))}
            emptyText="No other groups match."
            onConfirm={(groupIds) => add.run({ userId: user.id, groupIds })}
          />
        ) : null}
      </div>
      {groups.length === 0 ? (
        <EmptyState icon={UsersRound} headingLevel="h3" title="In no group" description={`${user.name} holds no permissions until added to a group.`} />
      ) : (
        <DataTable data={groups} columns={groupColumns({ user, canChange, canOpenGroups })} label={`Groups of ${user.name}`} getRowId={(group) => group.id} />
      )}
    </section>
  );
}
