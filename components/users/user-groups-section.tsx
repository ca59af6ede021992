"use client";

import { Plus, UsersRound } from "lucide-react";
import Link from "next/link";
import { toast } from "sonner";
import { RemoveMembershipButton } from "@/components/groups/remove-membership-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PickerDialog } from "@/components/ui/picker-dialog";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { addToGroupsAction, searchGroupsAction } from "@/lib/groups/group-actions";
import { refusalOf } from "./action-result";

type Group = { id: string; name: string; description: string; builtIn: boolean; addedAt: Date };
type Props = { user: { id: string; name: string }; groups: Group[]; canChange: boolean; canOpenGroups: boolean };

/** The user page's Groups section: the user's groups, Add to group, and per-row Remove. */
export function UserGroupsSection({ user, groups, canChange, canOpenGroups }: Props) {
  const add = async (groupIds: string[]) => {
    const result = await addToGroupsAction({ userId: user.id, groupIds });
    const refusal = refusalOf(result);
    if (!refusal) toast.success(`${user.name} was added to ${groupIds.length === 1 ? "the group" : `${groupIds.length} groups`}`);
    return refusal;
  };

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
            search={async (q) => (await searchGroupsAction({ q, excludeId: user.id }))?.data ?? []}
            emptyText="No other groups match."
            onConfirm={add}
          />
        ) : null}
      </div>
      {groups.length === 0 ? (
        <EmptyState icon={UsersRound} headingLevel="h3" title="In no group" description={`${user.name} holds no permissions until added to a group.`} />
      ) : (
        <div className="rounded-lg border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Group</TableHead>
                <TableHead>Description</TableHead>
                <TableHead>Member since</TableHead>
                {canChange ? (
                  <TableHead>
                    <span className="sr-only">Actions</span>
                  </TableHead>
                ) : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {groups.map((group) => (
                <TableRow key={group.id}>
                  <TableCell className="font-medium">
                    {canOpenGroups ? (
                      <Link href={`/admin/groups/${group.id}`} className="underline decoration-muted-foreground/40 underline-offset-4 hover:decoration-foreground">
                        {group.name}
                      </Link>
                    ) : (
                      group.name
                    )}
                    {group.builtIn ? <Badge variant="outline" className="ml-2">Built-in</Badge> : null}
                  </TableCell>
                  <TableCell className="max-w-md truncate whitespace-normal text-muted-foreground">{group.description}</TableCell>
                  <TableCell>
                    <RelativeTime date={group.addedAt} />
                  </TableCell>
                  {canChange ? (
                    <TableCell className="text-right">
                      <RemoveMembershipButton user={user} group={group} hiddenLabel={`from ${group.name}`} />
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
