import "server-only";
// The reads of users for pages and the API: each takes the actor and checks its permission.
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { sql, toCount } from "@/lib/db/sql";
import type { UserFilter, UserSort } from "./schemas";
import { userDetailById, usersByIds } from "./user-reads";
import { userOrderSql, userWhereSql } from "./user-sql";

export type UserListOptions = UserFilter & { sort: UserSort; dir: "asc" | "desc"; page: number; pageSize: number };

/** One page of the users table and the number of matching users. */
export async function listUsers({ actor, q, status, sort, dir, page, pageSize }: UserListOptions & { actor: Actor }) {
  requirePermission(actor, "users:read");
  const where = userWhereSql({ q, status });
  const [ids, counted] = await Promise.all([
    db.$queryRaw<{ id: string }[]>(sql`SELECT "id" FROM "User" ${where} ${userOrderSql(sort, dir)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
    db.$queryRaw<{ count: number | bigint }[]>(sql`SELECT COUNT(*) AS "count" FROM "User" ${where}`),
  ]);
  return { rows: await usersByIds(ids.map((row) => row.id)), total: toCount(counted[0]?.count) };
}
export type UserRow = Awaited<ReturnType<typeof listUsers>>["rows"][number];

/** Keyset pages in id order, for the API: stable while users are added or removed. */
export async function listUsersAfter({ actor, q, status, limit, cursor }: UserFilter & { actor: Actor; limit: number; cursor?: string }) {
  requirePermission(actor, "users:read");
  const ids = await db.$queryRaw<{ id: string }[]>(
    sql`SELECT "id" FROM "User" ${userWhereSql({ q, status, afterId: cursor })} ORDER BY "id" ASC LIMIT ${limit + 1}`,
  );
  const page = ids.slice(0, limit).map((row) => row.id);
  return { rows: await usersByIds(page), nextCursor: ids.length > limit ? page.at(-1)! : null };
}

/**
 * Users for the "Add members" picker: matching `q`, optionally only those not yet in a group.
 * It serves whoever may change memberships (groups:write), as the picker does.
 */
export async function searchUsers({ actor, q, notInGroupId, limit = 20 }: { actor: Actor; q: string; notInGroupId?: string; limit?: number }) {
  requirePermission(actor, "groups:write");
  const ids = await db.$queryRaw<{ id: string }[]>(
    sql`SELECT "id" FROM "User" ${userWhereSql({ q, status: "all", notInGroupId })} ORDER BY "name" ASC, "id" ASC LIMIT ${limit}`,
  );
  return usersByIds(ids.map((row) => row.id));
}

/** A user with their groups and effective permissions, each with the groups granting it; null when there is none. */
export async function getUserDetail({ actor, userId }: { actor: Actor; userId: string }) {
  requirePermission(actor, "users:read");
  return userDetailById(db, userId);
}
export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;
