import "server-only";
import type { Tx } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { sql } from "@/lib/db/sql";

export const GROUP_NAME_IN_USE = "A group with this name already exists";

/** Group names are unique ignoring case ("admins" would be confused with "Admins"). */
export async function assertGroupNameFree(tx: Tx, name: string, exceptGroupId?: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>(sql`SELECT "id" FROM "Group" WHERE lower("name") = lower(${name}) LIMIT 2`);
  if (rows.some((row) => row.id !== exceptGroupId)) throw new ConflictError(GROUP_NAME_IN_USE, { name: [GROUP_NAME_IN_USE] }, "group_name_taken");
}
