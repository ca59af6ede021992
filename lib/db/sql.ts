import "server-only";
import { Prisma } from "@/lib/db";
import { isPostgres } from "@/lib/db/url";

// Case-insensitive "contains" that behaves the same on both providers. Prisma's portable
// `contains` is LIKE: case-insensitive (ASCII) on SQLite, case-sensitive on PostgreSQL, and
// `mode: "insensitive"` exists only on the PostgreSQL client. So search goes through raw SQL
// fragments: LIKE on SQLite, ILIKE on PostgreSQL.
// The fragments are built with the SQLite client's Prisma.sql; both clients accept them
// (raw queries are duck-typed) and render their own placeholders (? or $n).

/** `%q%` with LIKE's wildcards escaped, so "50%" matches "50%" and not "50 anything". */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** `column` contains `q`, ignoring case. `column` must be a trusted, quoted identifier. */
export function containsInsensitive(column: string, q: string): Prisma.Sql {
  const operator = isPostgres() ? "ILIKE" : "LIKE";
  return Prisma.sql`${Prisma.raw(column)} ${Prisma.raw(operator)} ${containsPattern(q)} ESCAPE '\\'`;
}

export const sql = Prisma.sql;
export const rawSql = Prisma.raw;
export const joinSql = Prisma.join;
export const emptySql = Prisma.empty;
export type Sql = Prisma.Sql;

/** COUNT(*) comes back as bigint on PostgreSQL and number or bigint on SQLite. */
export const toCount = (value: number | bigint | undefined) => Number(value ?? 0);
