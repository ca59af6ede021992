import "server-only";
// The reads of users for pages and the API: each takes the actor and checks its permission.
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { sql, toCount } from "@/lib/db/sql";
import type { UserFilter, UserSort } from "./schemas";
import { userDetailById, userRows } from "./user-reads";
import { userOrderSql, userWhereSql } from "./user-sql";

export type UserListOptions = UserFilter & { sort: UserSort; dir: "asc" | "desc"; page: number; pageSize: number };

/** One page of the users table and the number of matching users. */
export async function listUsers({ actor, q, status, sort, dir, page, pageSize }: UserListOptions & { actor: Actor }) {
  requirePermission(actor, "users:read");
  const where = userWhereSql({ q, status });
  const [rows, counted] = await Promise.all([
    userRows(sql`${where} ${userOrderSql(sort, dir)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
    db.$queryRaw<{ count: number | bigint }[]>(sql`SELECT COUNT(*) AS "count" FROM "User" ${where}`),
  ]);
  return { rows, total: toCount(counted[0]?.count) };
}
export type UserRow = Awaited<ReturnType<typeof listUsers>>["rows"][number];

/** Keyset pages in id order, for the API: stable while users are added or removed. */
export async function listUsersAfter({ actor, q, status, limit, cursor }: UserFilter & { actor: Actor; limit: number; cursor?: string }) {
  requirePermission(actor, "users:read");
  // One read: the page and one row more, which says whether there is a next page.
  const rows = await userRows(sql`${userWhereSql({ q, status, afterId: cursor })} ORDER BY "id" ASC LIMIT ${limit + 1}`);
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: rows.length > limit ? page.at(-1)!.id : null };
}

/**
 * Users for the "Add members" picker: matching `q`, optionally only those not yet in a group.
 * It serves whoever may change memberships (groups:write), as the picker does.
 */
export async function searchUsers({ actor, q, notInGroupId, limit = 20 }: { actor: Actor; q: string; notInGroupId?: string; limit?: number }) {
  requirePermission(actor, "groups:write");
  return userRows(sql`${userWhereSql({ q, status: "all", notInGroupId })} ORDER BY "name" ASC, "id" ASC LIMIT ${limit}`);
}

/** A user with their groups and effective permissions, each with the groups granting it; null when there is none. */
export async function getUserDetail({ actor, userId }: { actor: Actor; userId: string }) {
  requirePermission(actor, "users:read");
  return userDetailById(db, userId);
}
export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;
