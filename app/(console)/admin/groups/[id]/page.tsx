import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { cache } from "react";
import { DeleteGroupButton } from "@/components/groups/delete-group-button";
import { EditGroupDialog } from "@/components/groups/edit-group-dialog";
import { GroupMembersSection } from "@/components/groups/group-members-section";
import { GroupPermissionsForm } from "@/components/groups/group-permissions-form";
import { DetailPageHeader } from "@/components/shell/detail-page-header";
import { Badge } from "@/components/ui/badge";
import { can, type Actor } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getSessionActor } from "@/lib/auth/session";
import { MEMBERS_PAGE_SIZE, listOptions, loadListSearchParams } from "@/lib/groups/list-params";
import { getGroup, listGroupMembers } from "@/lib/groups/queries";
import { getCatalogue } from "@/lib/permissions/queries";
import { isPlainText } from "@/lib/validation/text";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// An id with control characters names no group (and a NUL must not reach PostgreSQL).
const loadGroup = cache(async (actor: Actor, id: string) => (isPlainText(id) ? getGroup({ actor, groupId: id }) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await getSessionActor();
  if (!actor || !can(actor, "groups:read")) return { title: "Group" };
  return { title: (await loadGroup(actor, (await params).id))?.name ?? "Group not found" };
}

export default async function GroupPage({ params, searchParams }: Props) {
  const actor = await requirePagePermission("groups:read");
  const group = await loadGroup(actor, (await params).id);
  if (!group) notFound();
  const options = listOptions(loadListSearchParams(await searchParams), MEMBERS_PAGE_SIZE);
  const [members, catalogue] = await Promise.all([listGroupMembers({ actor, groupId: group.id, ...options }), getCatalogue({ actor })]);
  const canWrite = can(actor, "groups:write");
  return (
    <NuqsAdapter>
      <div className="space-y-8">
        <DetailPageHeader
          back={{ href: "/admin/groups", label: "Groups" }}
          title={group.name}
          badge={group.builtIn ? <Badge variant="outline">Built-in</Badge> : null}
          actions={
            canWrite ? (
              <div className="flex flex-wrap gap-2">
                <EditGroupDialog group={group} />
                {group.builtIn ? null : <DeleteGroupButton group={group} />}
              </div>
            ) : null
          }
        >
          {group.description ? <p className="max-w-prose text-muted-foreground">{group.description}</p> : null}
        </DetailPageHeader>
        <GroupMembersSection
          group={group}
          members={members.rows}
          total={members.total}
          page={options.page}
          pageSize={options.pageSize}
          searching={options.q !== ""}
          canChange={canWrite}
          canOpenUsers={can(actor, "users:read")}
        />
        <section aria-labelledby="group-permissions-heading" className="space-y-3">
          <h2 id="group-permissions-heading" className="text-lg font-semibold">
            Permissions
          </h2>
          <GroupPermissionsForm key={group.permissions.join()} groupId={group.id} initial={group.permissions} builtIn={group.builtIn} canChange={canWrite} catalogue={catalogue} />
        </section>
      </div>
    </NuqsAdapter>
  );
}
