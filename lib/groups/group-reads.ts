import "server-only";
// Reads of groups without an actor: for queries.ts, which checks the actor first, and for
// operations answering with the group they changed. Pages and routes read through
// queries.ts (ESLint keeps them from importing this module).
import type { Db, Tx } from "@/lib/db";
import { catalogueNames } from "@/lib/permissions/catalogue-reads";
import { GROUP_GRANTS_SELECT, permissionListOf } from "@/lib/permissions/holdings";

const GROUP_ROW_SELECT = { id: true, name: true, description: true, createdAt: true, ...GROUP_GRANTS_SELECT } as const;

/** Member counts of these groups. (Prisma's `_count` counts every membership first: slow.) */
async function memberCounts(client: Db | Tx, groupIds: string[]): Promise<Map<string, number>> {
  const counts = await client.membership.groupBy({ by: ["groupId"], where: { groupId: { in: groupIds } }, _count: { _all: true } });
  return new Map(counts.map((count) => [count.groupId, count._count._all]));
}

/** The rows of these groups, in the order of `ids`, with what each grants and its member count. */
export async function groupsByIds(client: Db | Tx, ids: string[]) {
  const [rows, counts, catalogue] = await Promise.all([
    client.group.findMany({ where: { id: { in: ids } }, select: GROUP_ROW_SELECT }),
    memberCounts(client, ids),
    catalogueNames(client),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { id: groupId, name, description, builtIn, createdAt } = row;
    return [{ id: groupId, name, description, builtIn, createdAt, permissions: permissionListOf(row, catalogue), memberCount: counts.get(groupId) ?? 0 }];
  });
}
export type GroupRow = Awaited<ReturnType<typeof groupsByIds>>[number];

export async function groupById(client: Db | Tx, groupId: string): Promise<GroupRow | null> {
  const [group] = await groupsByIds(client, [groupId]);
  return group ?? null;
}
