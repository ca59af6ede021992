import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { UserApiKeysSection } from "@/components/api-keys/user-api-keys-section";
import { DetailPageHeader } from "@/components/shell/detail-page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { UserAccountActions } from "@/components/users/user-account-actions";
import { UserGroupsSection } from "@/components/users/user-groups-section";
import { UserPermissionsTable } from "@/components/users/user-permissions-table";
import { UserProfileForm } from "@/components/users/user-profile-form";
import { UserStatusBadge } from "@/components/users/user-status-badge";
import { can, type Actor } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getSessionActor } from "@/lib/auth/session";
import { getUserDetail } from "@/lib/users/queries";
import { isPlainText } from "@/lib/validation/text";

type Props = { params: Promise<{ id: string }> };

// The title and the page read the same user once per request. An id with control characters
// names nobody (and a NUL must not reach PostgreSQL).
const loadUser = cache(async (actor: Actor, id: string) => (isPlainText(id) ? getUserDetail({ actor, userId: id }) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Metadata resolves beside the page: the name goes into the title only for those who may see it.
  const actor = await getSessionActor();
  if (!actor || !can(actor, "users:read")) return { title: "User" };
  const user = await loadUser(actor, (await params).id);
  return { title: user?.name ?? "User not found" };
}

export default async function UserPage({ params }: Props) {
  const actor = await requirePagePermission("users:read");
  const user = await loadUser(actor, (await params).id);
  if (!user) notFound();
  const canWrite = can(actor, "users:write");
  return (
    <div className="space-y-8">
      <DetailPageHeader
        back={{ href: "/admin/users", label: "Users" }}
        title={user.name}
        badge={<UserStatusBadge status={user.status} />}
        actions={canWrite ? <UserAccountActions user={{ id: user.id, name: user.name, email: user.email, status: user.status, twoFactor: user.totpEnabledAt !== null }} isSelf={user.id === actor.userId} /> : null}
      >
        <p className="text-muted-foreground">{user.email}</p>
        <p className="text-sm text-muted-foreground">
          Created <RelativeTime date={user.createdAt} /> · Last sign-in <RelativeTime date={user.lastLoginAt} fallback="never" />
        </p>
      </DetailPageHeader>
      {canWrite ? (
        <section aria-labelledby="user-profile-heading" className="space-y-3">
          <h2 id="user-profile-heading" className="text-lg font-semibold">
            Profile
          </h2>
          <UserProfileForm key={`${user.name}|${user.email}`} userId={user.id} name={user.name} email={user.email} />
        </section>
      ) : null}
      <UserGroupsSection
        user={{ id: user.id, name: user.name }}
        groups={user.groups}
        canChange={can(actor, "groups:write")}
        canOpenGroups={can(actor, "groups:read")}
      />
      <UserPermissionsTable permissions={user.permissions} canOpenGroups={can(actor, "groups:read")} />
      {can(actor, "api_keys:manage") ? <UserApiKeysSection userId={user.id} /> : null}
    </div>
  );
}
