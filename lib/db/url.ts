// Which database a DATABASE_URL points at. Shared by the app, the Prisma CLI config and
// the start script, so all three agree on the provider and the SQLite file's location.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/latchkey.db";

export type Database =
  | { provider: "sqlite"; url: string; file: string }
  | { provider: "postgresql"; url: string };

export class DatabaseUrlError extends Error {}

export function databaseFromUrl(raw: string | undefined): Database {
  const url = raw?.trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).replace(/^\/\/(?=\/)/, "").split("?")[0];
    if (!file) throw new DatabaseUrlError("DATABASE_URL=file: needs a path, e.g. file:./data/latchkey.db");
    // Relative paths are relative to the working directory (the project root), not prisma/.
    const absolute = file === ":memory:" ? file : path.resolve(file);
    return { provider: "sqlite", url: `file:${absolute}`, file: absolute };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      new URL(url);
    } catch {
      throw new DatabaseUrlError("DATABASE_URL is not a valid postgresql:// URL");
    }
    return { provider: "postgresql", url };
  }
  throw new DatabaseUrlError(
    "DATABASE_URL must be file:<path> (SQLite) or postgresql://user@host:port/db (PostgreSQL)",
  );
}

let current: { raw: string | undefined; database: Database } | undefined;

/** The database DATABASE_URL points at now, parsed once per value (read on hot paths). */
export function currentDatabase(): Database {
  const raw = process.env.DATABASE_URL;
  if (!current || current.raw !== raw) current = { raw, database: databaseFromUrl(raw) };
  return current.database;
}

export const isPostgres = () => currentDatabase().provider === "postgresql";
