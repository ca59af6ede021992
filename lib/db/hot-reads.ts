import "server-only";
// Reads on the API's hot path, beside Prisma rather than through it. Measured (npm run
// bench:api): a Prisma query costs hundreds of microseconds of CPU (query compilation in
// wasm, the adapter's mapping), while the same SELECT on a prepared statement costs a few.
// So the reads every API request makes — the authorization version, list pages — run here:
// - SQLite: a read-only connection of its own (WAL: it sees every committed change, also
//   other processes'), each statement prepared once and kept;
// - PostgreSQL: a small pool of its own, each statement a named prepared statement, and
//   `timestamp` columns read as the UTC they hold.
// Only reads: every write goes through Prisma, in a transaction. Parameters are strings and
// numbers (no dates: SQLite stores them as text in a format a bound Date would not match).
import Database, { type Statement } from "better-sqlite3";
import pg from "pg";
import type { Sql } from "./sql";
import { currentDatabase, type Database as DatabaseLocation } from "./url";

type Param = string | number | null;
type Rows = Record<string, unknown>[];
// better-sqlite3 answers at once; pg later. Callers that can use an answer at once skip the
// promises (hotRowsNow): on the hot path they cost more than the SQLite read itself.
type Reader = { answersAtOnce: true; read: (query: Sql) => Rows; value: (query: Sql) => unknown } | { answersAtOnce: false; read: (query: Sql) => Promise<Rows> };

const MAX_STATEMENTS = 500;
const PG_TIMESTAMP_OID = 1114; // timestamp without time zone: Prisma writes UTC into it

const readers = ((globalThis as unknown as { latchkeyHotReaders?: Map<string, Reader> }).latchkeyHotReaders ??= new Map());

function params(query: Sql): Param[] {
  return query.values.map((value) => {
    if (value === null || typeof value === "string" || typeof value === "number") return value;
    throw new TypeError(`hot reads take strings and numbers, not ${typeof value}`);
  });
}

function sqliteReader(file: string): Reader {
  const connection = new Database(file, { readonly: true, fileMustExist: true });
  // Each statement prepared once, twice over: for rows, and plucking one value.
  const statements = new Map<string, Statement>();
  const plucking = new Map<string, Statement>();
  const prepared = (cache: Map<string, Statement>, query: Sql, pluck: boolean) => {
    let statement = cache.get(query.sql);
    if (!statement) {
      if (cache.size >= MAX_STATEMENTS) cache.clear();
      statement = connection.prepare(query.sql).pluck(pluck);
      cache.set(query.sql, statement);
    }
    return statement;
  };
  return {
    answersAtOnce: true,
    read: (query) => prepared(statements, query, false).all(...params(query)) as Rows,
    value: (query) => prepared(plucking, query, true).get(...params(query)),
  };
}

function postgresReader(url: string): Reader {
  const types = {
    getTypeParser: ((oid: number, format?: "text" | "binary") =>
      oid === PG_TIMESTAMP_OID ? (text: string) => new Date(`${text.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  // As lib/db.ts's pool: a query fails within seconds while the server is unreachable (503).
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 3_000, keepAlive: true, allowExitOnIdle: true, types });
  pool.on("error", () => undefined); // an idle connection that broke is replaced on the next query
  const names = new Map<string, string>();
  let prepared = 0;
  const read = async (query: Sql) => {
    let name = names.get(query.text);
    if (!name) {
      if (names.size >= MAX_STATEMENTS) names.clear();
      name = `hot_${prepared++}`;
      names.set(query.text, name);
    }
    return (await pool.query({ name, text: query.text, values: params(query) })).rows as Rows;
  };
  return { answersAtOnce: false, read };
}

function readerFor(database: DatabaseLocation): Reader | null {
  const key = database.url;
  let reader = readers.get(key);
  if (!reader) {
    if (database.provider === "sqlite" && database.file === ":memory:") return null;
    reader = database.provider === "sqlite" ? sqliteReader(database.file) : postgresReader(database.url);
    readers.set(key, reader);
  }
  return reader;
}

/**
 * The rows of a read-only query (built with lib/db/sql.ts's `sql`), as the driver returns
 * them: on SQLite dates are ISO strings, on PostgreSQL Date objects (see `dateOf`).
 */
export async function hotRows<T extends Record<string, unknown>>(query: Sql): Promise<T[]> {
  return (await currentReader().read(query)) as T[];
}

/** Whether hot reads answer synchronously (SQLite): then hotValueNow reads. */
export const hotReadsAnswerAtOnce = () => currentReader().answersAtOnce;

/** The first column of the first row (undefined when there is none), read now: SQLite only. */
export function hotValueNow(query: Sql): unknown {
  const reader = currentReader();
  if (!reader.answersAtOnce) throw new Error("hotValueNow needs a synchronous database (SQLite); use hotRows");
  return reader.value(query);
}

function currentReader(): Reader {
  const reader = readerFor(currentDatabase());
  if (!reader) throw new Error("hot reads need a database file or server, not :memory:");
  return reader;
}

/** A date column's value from either driver (SQLite's CURRENT_TIMESTAMP text is UTC too). */
export function dateOf(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(text) ? `${text.replace(" ", "T")}Z` : text);
}

/** A nullable date column's value from either driver. */
export function dateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : dateOf(value);
}
