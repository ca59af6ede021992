import "server-only";
import type { Tx } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { isPostgres } from "@/lib/db/url";

export const LAST_ADMINISTRATOR =
  "Administrators must keep at least one active member. Add or enable another administrator first.";

/**
 * Serialises every change that could leave Administrators without an active member, until
 * the transaction ends. Call it FIRST in the transaction.
 * PostgreSQL: FOR UPDATE locks the group's row, so a concurrent remover waits here and then
 * (READ COMMITTED) reads the other's committed result. SQLite needs nothing: every transaction
 * begins IMMEDIATE, holding the database's write lock (lib/db/sqlite.ts).
 */
export async function lockAdministrators(tx: Tx): Promise<void> {
  if (isPostgres()) await tx.$queryRaw`SELECT "id" FROM "Group" WHERE "builtIn" = true FOR UPDATE`;
}

/** Whether the user is an active member of Administrators. */
async function isActiveAdministrator(tx: Tx, userId: string): Promise<boolean> {
  const count = await tx.membership.count({ where: { userId, group: { builtIn: true }, user: { status: "ACTIVE" } } });
  return count > 0;
}

/**
 * Throws when `userId` is the last active administrator, so removing, disabling or deleting
 * them would leave nobody able to administer Latchkey. Run after lockAdministrators().
 */
export async function assertNotLastAdministrator(tx: Tx, userId: string): Promise<void> {
  if (!(await isActiveAdministrator(tx, userId))) return;
  const others = await tx.membership.count({
    where: { userId: { not: userId }, group: { builtIn: true }, user: { status: "ACTIVE" } },
  });
  if (others === 0) throw new ConflictError(LAST_ADMINISTRATOR, {}, "last_administrator");
}
