import "server-only";
// Reads of users without an actor: for queries.ts, which checks the actor first, and for
// operations showing what they changed. Pages and routes read through queries.ts (ESLint
// keeps them from importing this module).
import { db, type Db, type Tx } from "@/lib/db";
import { dateOf, dateOrNull, hotRows } from "@/lib/db/hot-reads";
import { sql, type Sql } from "@/lib/db/sql";
import { readCatalogue } from "@/lib/permissions/catalogue-reads";
import { GROUP_GRANTS_SELECT, permissionListOf } from "@/lib/permissions/holdings";
import type { USER_STATUSES } from "./schemas";

type UserStatus = (typeof USER_STATUSES)[number];

export const USER_ROW_SELECT = { id: true, name: true, email: true, status: true, createdAt: true, lastLoginAt: true } as const;

/** Group counts of these users. (Prisma's `_count` counts every membership first: slow.) */
export async function groupCounts(userIds: string[]): Promise<Map<string, number>> {
  const counts = await db.membership.groupBy({ by: ["userId"], where: { userId: { in: userIds } }, _count: { _all: true } });
  return new Map(counts.map((count) => [count.userId, count._count._all]));
}

/**
 * Users as list rows, with their group counts, in one read on the hot path's connection
 * (lib/db/hot-reads.ts: the API's list route runs this on every call). `clauses` are the
 * WHERE, ORDER BY and LIMIT of lib/users/user-sql.ts.
 */
export async function userRows(clauses: Sql) {
  const rows = await hotRows<{ id: string; name: string; email: string; status: string; createdAt: unknown; lastLoginAt: unknown; groupCount: number | bigint | string }>(
    sql`SELECT "id", "name", "email", "status", "createdAt", "lastLoginAt",
      (SELECT COUNT(*) FROM "Membership" m WHERE m."userId" = "User"."id") AS "groupCount"
      FROM "User" ${clauses}`,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    status: row.status as UserStatus,
    createdAt: dateOf(row.createdAt),
    lastLoginAt: dateOrNull(row.lastLoginAt),
    groupCount: Number(row.groupCount),
  }));
}

/** A user with their groups and effective permissions, each with the groups granting it. */
export async function userDetailById(client: Db | Tx, userId: string) {
  const catalogue = await readCatalogue(client);
  const names = new Set(catalogue.map((entry) => entry.permission));
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
    permissions: permissionListOf(group, names),
  }));
  const permissions = catalogue.map(({ permission, description }) => ({
    permission,
    description,
    grantedBy: groups.filter((group) => group.permissions.includes(permission)).map(({ id, name }) => ({ id, name })),
  })).filter((entry) => entry.grantedBy.length > 0);
  return { ...fields, groups, permissions };
}
