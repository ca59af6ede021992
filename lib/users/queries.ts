import "server-only";
import { db } from "@/lib/db";
import { PERMISSIONS, type Permission } from "@/lib/permissions/catalogue";
import { GROUP_GRANTS_SELECT, permissionListOf } from "@/lib/permissions/holdings";
import type { UserFilter, UserSort } from "./schemas";
import { sql, toCount } from "@/lib/db/sql";
import { userOrderSql, userWhereSql } from "./user-sql";

export const USER_ROW_SELECT = { id: true, name: true, email: true, status: true, createdAt: true, lastLoginAt: true } as const;

/** Group counts of these users. (Prisma's `_count` counts every membership first: slow.) */
export async function groupCounts(userIds: string[]): Promise<Map<string, number>> {
  const counts = await db.membership.groupBy({ by: ["userId"], where: { userId: { in: userIds } }, _count: { _all: true } });
  return new Map(counts.map((count) => [count.userId, count._count._all]));
}

async function usersByIds(ids: string[]) {
  const [rows, counts] = await Promise.all([db.user.findMany({ where: { id: { in: ids } }, select: USER_ROW_SELECT }), groupCounts(ids)]);
  const byId = new Map(rows.map((row) => [row.id, { ...row, groupCount: counts.get(row.id) ?? 0 }]));
  // Deleted between the two reads: skipped rather than shown half.
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type UserListOptions = UserFilter & { sort: UserSort; dir: "asc" | "desc"; page: number; pageSize: number };

/** One page of the users table and the number of matching users. */
export async function listUsers({ q, status, sort, dir, page, pageSize }: UserListOptions) {
  const where = userWhereSql({ q, status });
  const [ids, counted] = await Promise.all([
    db.$queryRaw<{ id: string }[]>(sql`SELECT "id" FROM "User" ${where} ${userOrderSql(sort, dir)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
    db.$queryRaw<{ count: number | bigint }[]>(sql`SELECT COUNT(*) AS "count" FROM "User" ${where}`),
  ]);
  return { rows: await usersByIds(ids.map((row) => row.id)), total: toCount(counted[0]?.count) };
}
export type UserRow = Awaited<ReturnType<typeof listUsers>>["rows"][number];

/** Keyset pages in id order, for the API: stable while users are added or removed. */
export async function listUsersAfter({ q, status, limit, cursor }: UserFilter & { limit: number; cursor?: string }) {
  const ids = await db.$queryRaw<{ id: string }[]>(
    sql`SELECT "id" FROM "User" ${userWhereSql({ q, status, afterId: cursor })} ORDER BY "id" ASC LIMIT ${limit + 1}`,
  );
  const page = ids.slice(0, limit).map((row) => row.id);
  return { rows: await usersByIds(page), nextCursor: ids.length > limit ? page.at(-1)! : null };
}

/** Users for a picker: matching `q`, optionally only those not yet in a group. */
export async function searchUsers({ q, notInGroupId, limit = 20 }: { q: string; notInGroupId?: string; limit?: number }) {
  const ids = await db.$queryRaw<{ id: string }[]>(
    sql`SELECT "id" FROM "User" ${userWhereSql({ q, status: "all", notInGroupId })} ORDER BY "name" ASC, "id" ASC LIMIT ${limit}`,
  );
  return usersByIds(ids.map((row) => row.id));
}

/** A user with their groups and effective permissions, each with the groups granting it. */
export async function getUserDetail(userId: string) {
  const user = await db.user.findUnique({
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
export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;
