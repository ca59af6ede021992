import "server-only";
import { db } from "@/lib/db";
import { GROUP_GRANTS_SELECT, permissionListOf } from "@/lib/permissions/holdings";
import { containsInsensitive, emptySql, joinSql, sql, toCount, type Sql } from "@/lib/db/sql";
import { USER_ROW_SELECT, groupCounts } from "@/lib/users/queries";

const GROUP_ROW_SELECT = { id: true, name: true, description: true, createdAt: true, ...GROUP_GRANTS_SELECT } as const;

/** Member counts of these groups. (Prisma's `_count` counts every membership first: slow.) */
async function memberCounts(groupIds: string[]): Promise<Map<string, number>> {
  const counts = await db.membership.groupBy({ by: ["groupId"], where: { groupId: { in: groupIds } }, _count: { _all: true } });
  return new Map(counts.map((count) => [count.groupId, count._count._all]));
}

async function groupsByIds(ids: string[]) {
  const [rows, counts] = await Promise.all([db.group.findMany({ where: { id: { in: ids } }, select: GROUP_ROW_SELECT }), memberCounts(ids)]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { id: groupId, name, description, builtIn, createdAt } = row;
    return [{ id: groupId, name, description, builtIn, createdAt, permissions: permissionListOf(row), memberCount: counts.get(groupId) ?? 0 }];
  });
}
export type GroupRow = Awaited<ReturnType<typeof groupsByIds>>[number];

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
export async function listGroups({ q, page, pageSize }: { q: string; page: number; pageSize: number }) {
  const where = groupWhereSql({ q });
  const [ids, counted] = await Promise.all([
    db.$queryRaw<{ id: string }[]>(sql`SELECT "id" FROM "Group" ${where} ${GROUP_ORDER} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
    db.$queryRaw<{ count: number | bigint }[]>(sql`SELECT COUNT(*) AS "count" FROM "Group" ${where}`),
  ]);
  return { rows: await groupsByIds(ids.map((row) => row.id)), total: toCount(counted[0]?.count) };
}

/** Keyset pages in id order, for the API. */
export async function listGroupsAfter({ q, limit, cursor }: { q: string; limit: number; cursor?: string }) {
  const ids = await db.$queryRaw<{ id: string }[]>(sql`SELECT "id" FROM "Group" ${groupWhereSql({ q, afterId: cursor })} ORDER BY "id" ASC LIMIT ${limit + 1}`);
  const page = ids.slice(0, limit).map((row) => row.id);
  return { rows: await groupsByIds(page), nextCursor: ids.length > limit ? page.at(-1)! : null };
}

/** Groups for the "Add to group" picker: matching `q`, without the user's current groups. */
export async function searchGroups({ q, notForUserId, limit = 20 }: { q: string; notForUserId?: string; limit?: number }) {
  const ids = await db.$queryRaw<{ id: string }[]>(sql`SELECT "id" FROM "Group" ${groupWhereSql({ q, notForUserId })} ${GROUP_ORDER} LIMIT ${limit}`);
  return groupsByIds(ids.map((row) => row.id));
}

export async function getGroup(groupId: string) {
  const [group] = await groupsByIds([groupId]);
  return group ?? null;
}

/** One page of a group's members (by name), optionally matching `q`. */
export async function listGroupMembers({ groupId, q, page, pageSize }: { groupId: string; q: string; page: number; pageSize: number }) {
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
