import "server-only";
import type { UserFilter, UserSort } from "./schemas";
import { containsInsensitive, emptySql, joinSql, rawSql, sql, type Sql } from "@/lib/db/sql";

// SQL fragments of the users list. Reads that filter by text go through raw SQL for ids only
// (see lib/db/sql.ts); the rows themselves are then read with Prisma's typed select.

export type UserWhere = UserFilter & { notInGroupId?: string; afterId?: string };

export function userWhereSql({ q, status, notInGroupId, afterId }: UserWhere): Sql {
  const conditions: Sql[] = [];
  if (q) {
    // Emails are stored lower-case; names are matched ignoring case.
    conditions.push(sql`(${containsInsensitive('"name"', q)} OR ${containsInsensitive('"email"', q.toLowerCase())})`);
  }
  if (status !== "all") conditions.push(sql`"status" = ${status === "active" ? "ACTIVE" : "DISABLED"}`);
  if (notInGroupId) {
    conditions.push(sql`NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = "User"."id" AND m."groupId" = ${notInGroupId})`);
  }
  if (afterId) conditions.push(sql`"id" > ${afterId}`);
  return conditions.length ? sql`WHERE ${joinSql(conditions, " AND ")}` : emptySql;
}

const SORT_COLUMNS: Record<UserSort, string> = {
  name: '"name"',
  email: '"email"',
  createdAt: '"createdAt"',
  lastLoginAt: '"lastLoginAt"',
};

/** ORDER BY for the users table; "never signed in" sorts last either way, ids break ties. */
export function userOrderSql(sort: UserSort, dir: "asc" | "desc"): Sql {
  const direction = dir === "desc" ? "DESC" : "ASC";
  const nulls = sort === "lastLoginAt" ? " NULLS LAST" : "";
  return rawSql(`ORDER BY ${SORT_COLUMNS[sort]} ${direction}${nulls}, "id" ${direction}`);
}
