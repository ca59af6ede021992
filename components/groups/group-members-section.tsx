"use client";

import { UserPlus, UsersRound } from "lucide-react";
import Link from "next/link";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { PickerDialog } from "@/components/ui/picker-dialog";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { refusalOf } from "@/components/users/action-result";
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

/** The group page's Members section: search, Add members, per-row Remove with confirmation. */
export function GroupMembersSection({ group, members, total, page, pageSize, searching, canChange, canOpenUsers }: Props) {
  const add = async (userIds: string[]) => {
    const refusal = refusalOf(await addMembersAction({ groupId: group.id, userIds }));
    if (!refusal) toast.success(userIds.length === 1 ? `1 member added to ${group.name}` : `${userIds.length} members added to ${group.name}`);
    return refusal;
  };

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
            search={async (q) => (await searchUsersForGroupAction({ q, excludeId: group.id }))?.data ?? []}
            emptyText="No users match, or they are all members already."
            onConfirm={add}
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
        <div className="rounded-lg border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Email</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Member since</TableHead>
                {canChange ? (
                  <TableHead>
                    <span className="sr-only">Actions</span>
                  </TableHead>
                ) : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {members.map((member) => (
                <TableRow key={member.id}>
                  <TableCell className="font-medium">
                    {canOpenUsers ? (
                      <Link href={`/admin/users/${member.id}`} className="underline decoration-muted-foreground/40 underline-offset-4 hover:decoration-foreground">
                        {member.name}
                      </Link>
                    ) : (
                      member.name
                    )}
                  </TableCell>
                  <TableCell>{member.email}</TableCell>
                  <TableCell>
                    <UserStatusBadge status={member.status} />
                  </TableCell>
                  <TableCell>
                    <RelativeTime date={member.addedAt} />
                  </TableCell>
                  {canChange ? (
                    <TableCell className="text-right">
                      <RemoveMembershipButton user={member} group={group} hiddenLabel={member.name} />
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} noun={total === 1 ? "member" : "members"} label="Members pages" />
    </section>
  );
}
