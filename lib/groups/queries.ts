import "server-only";
// The reads of groups for pages and the API: each takes the actor and checks its permission.
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { containsInsensitive, emptySql, joinSql, sql, toCount, type Sql } from "@/lib/db/sql";
import { USER_ROW_SELECT, groupCounts } from "@/lib/users/user-reads";
import { groupById, groupsByIds } from "./group-reads";

export type { GroupRow } from "./group-reads";

function groupWhereSql({ q, notForUserId, afterId }: { q: string; notForUserId?: string; afterId?: string }): Sql {
  const conditions: Sql[] = [];
  if (q) conditions.push(containsInsensitive('"name"', q));
  if (notForUserId) {
    conditions.push(sql`NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."groupId" = "Group"."id" AND m."userId" = ${notForUserId})`);
  }
  if (afterId) conditions.push(sql`"id" > ${afterId}`);
  return conditions.length ? sql`WHERE ${joinSql(conditions, " AND ")}` : emptySql;
}

// Administrators first, then by name ignoring case (the same order on both providers).
const GROUP_ORDER = sql`ORDER BY "builtIn" DESC, lower("name") ASC, "id" ASC`;

/** One page of the groups table with member counts, and the number of matching groups. */
export async function listGroups({ actor, q, page, pageSize }: { actor: Actor; q: string; page: number; pageSize: number }) {
  requirePermission(actor, "groups:read");
  const where = groupWhereSql({ q });
  const [ids, counted] = await Promise.all([
    db.$queryRaw<{ id: string }[]>(sql`SELECT "id" FROM "Group" ${where} ${GROUP_ORDER} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
    db.$queryRaw<{ count: number | bigint }[]>(sql`SELECT COUNT(*) AS "count" FROM "Group" ${where}`),
  ]);
  return { rows: await groupsByIds(db, ids.map((row) => row.id)), total: toCount(counted[0]?.count) };
}

/** Keyset pages in id order, for the API. */
export async function listGroupsAfter({ actor, q, limit, cursor }: { actor: Actor; q: string; limit: number; cursor?: string }) {
  requirePermission(actor, "groups:read");
  const ids = await db.$queryRaw<{ id: string }[]>(sql`SELECT "id" FROM "Group" ${groupWhereSql({ q, afterId: cursor })} ORDER BY "id" ASC LIMIT ${limit + 1}`);
  const page = ids.slice(0, limit).map((row) => row.id);
  return { rows: await groupsByIds(db, page), nextCursor: ids.length > limit ? page.at(-1)! : null };
}

/**
 * Groups for the "Add to group" and New user pickers: matching `q`, without the user's
 * current groups. It serves whoever may put users in groups (groups:write), as the pickers do.
 */
export async function searchGroups({ actor, q, notForUserId, limit = 20 }: { actor: Actor; q: string; notForUserId?: string; limit?: number }) {
  requirePermission(actor, "groups:write");
  const ids = await db.$queryRaw<{ id: string }[]>(sql`SELECT "id" FROM "Group" ${groupWhereSql({ q, notForUserId })} ${GROUP_ORDER} LIMIT ${limit}`);
  return groupsByIds(db, ids.map((row) => row.id));
}

/** One group with what it grants and its member count; null when there is none. */
export async function getGroup({ actor, groupId }: { actor: Actor; groupId: string }) {
  requirePermission(actor, "groups:read");
  return groupById(db, groupId);
}

/** One page of a group's members (by name), optionally matching `q`. */
export async function listGroupMembers({ actor, groupId, q, page, pageSize }: { actor: Actor; groupId: string; q: string; page: number; pageSize: number }) {
  requirePermission(actor, "groups:read");
  const search = sql`(${containsInsensitive('u."name"', q)} OR ${containsInsensitive('u."email"', q.toLowerCase())})`;
  // The group's members first, then sorted: otherwise PostgreSQL may walk every user in name
  // order looking for 20 members (fast for big groups, 100+ ms for small ones on 100k users).
  const members = sql`WITH members AS MATERIALIZED (SELECT "userId" FROM "Membership" WHERE "groupId" = ${groupId})`;
  const from = sql`FROM members m JOIN "User" u ON u."id" = m."userId" ${q ? sql`WHERE ${search}` : emptySql}`;
  const [ids, counted] = await Promise.all([
    db.$queryRaw<{ id: string }[]>(sql`${members} SELECT u."id" AS "id" ${from} ORDER BY u."name" ASC, u."id" ASC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
    db.$queryRaw<{ count: number | bigint }[]>(sql`${members} SELECT COUNT(*) AS "count" ${from}`),
  ]);
  const userIds = ids.map((row) => row.id);
  const [memberships, counts] = await Promise.all([
    db.membership.findMany({ where: { groupId, userId: { in: userIds } }, select: { createdAt: true, user: { select: USER_ROW_SELECT } } }),
    groupCounts(userIds),
  ]);
  const byId = new Map(memberships.map((m) => [m.user.id, { ...m.user, groupCount: counts.get(m.user.id) ?? 0, addedAt: m.createdAt }]));
  return { rows: userIds.flatMap((id) => byId.get(id) ?? []), total: toCount(counted[0]?.count) };
}
export type GroupMemberRow = Awaited<ReturnType<typeof listGroupMembers>>["rows"][number];
