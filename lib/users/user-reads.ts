import "server-only";
// Reads of users without an actor: for queries.ts, which checks the actor first, and for
// operations showing what they changed. Pages and routes read through queries.ts (ESLint
// keeps them from importing this module).
import { db, type Db, type Tx } from "@/lib/db";
import { PERMISSIONS, type Permission } from "@/lib/permissions/catalogue";
import { GROUP_GRANTS_SELECT, permissionListOf } from "@/lib/permissions/holdings";

export const USER_ROW_SELECT = { id: true, name: true, email: true, status: true, createdAt: true, lastLoginAt: true } as const;

/** Group counts of these users. (Prisma's `_count` counts every membership first: slow.) */
export async function groupCounts(userIds: string[]): Promise<Map<string, number>> {
  const counts = await db.membership.groupBy({ by: ["userId"], where: { userId: { in: userIds } }, _count: { _all: true } });
  return new Map(counts.map((count) => [count.userId, count._count._all]));
}

/** The rows of these users, in the order of `ids`. */
export async function usersByIds(ids: string[]) {
  const [rows, counts] = await Promise.all([db.user.findMany({ where: { id: { in: ids } }, select: USER_ROW_SELECT }), groupCounts(ids)]);
  const byId = new Map(rows.map((row) => [row.id, { ...row, groupCount: counts.get(row.id) ?? 0 }]));
  // Deleted between the two reads: skipped rather than shown half.
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A user with their groups and effective permissions, each with the groups granting it. */
export async function userDetailById(client: Db | Tx, userId: string) {
  const user = await client.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      lastLoginAt: true,
      totpEnabledAt: true,
      memberships: {
        orderBy: { group: { name: "asc" } },
        select: { createdAt: true, group: { select: { id: true, name: true, description: true, ...GROUP_GRANTS_SELECT } } },
      },
    },
  });
  if (!user) return null;
  const { memberships, ...fields } = user;
  const groups = memberships.map(({ group, createdAt }) => ({
    id: group.id,
    name: group.name,
    description: group.description,
    builtIn: group.builtIn,
    addedAt: createdAt,
    permissions: permissionListOf(group),
  }));
  const permissions = PERMISSIONS.map((permission: Permission) => ({
    permission,
    grantedBy: groups.filter((group) => group.permissions.includes(permission)).map(({ id, name }) => ({ id, name })),
  })).filter((entry) => entry.grantedBy.length > 0);
  return { ...fields, groups, permissions };
}
