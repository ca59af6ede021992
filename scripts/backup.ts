// Backups of the embedded SQLite database, for `npm run admin -- backup | restore`.
// A backup is a plain SQLite file (no WAL beside it), made with SQLite's online backup API
// through better-sqlite3, so it is consistent while Latchkey serves; restoring copies it into
// a database that has nothing in it yet. PostgreSQL has its own tools (POSTGRES_BACKUP_HELP).
import { existsSync, linkSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const migrationsFolder = path.resolve(import.meta.dirname, "../prisma/sqlite/migrations");
/** Copy every page in one step: one read transaction, one snapshot, so another process's writes cannot restart it. */
const ALL_PAGES = 0x7fffffff;

export class BackupError extends Error {}

export const POSTGRES_BACKUP_HELP = `On PostgreSQL, back up and restore with PostgreSQL's own tools; pg_dump takes a consistent
snapshot while Latchkey serves:

  pg_dump --format=custom --file latchkey.dump "$DATABASE_URL"

Restore into a new, empty database, then point DATABASE_URL at it:

  createdb latchkey_restored
  pg_restore --no-owner --exit-on-error --dbname "<URL of latchkey_restored>" latchkey.dump`;

type Summary = { migration: string; users: number; groups: number; apiKeys: number; auditEvents: number };

/** Latchkey's SQLite migrations, oldest first. */
function knownMigrations(): string[] {
  return readdirSync(migrationsFolder)
    .filter((name) => existsSync(path.join(migrationsFolder, name, "migration.sql")))
    .sort();
}

/** Table name → its column names, without SQLite's own tables. */
function tablesOf(database: Database.Database): Map<string, string[]> {
  const names = database
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return new Map(names.map((name) => [name, (database.pragma(`table_info("${name}")`) as { name: string }[]).map((column) => column.name).sort()]));
}

/** The tables a database gets from these migrations: replayed into a scratch database in memory. */
function tablesMadeBy(migrations: string[]): Map<string, string[]> {
  const scratch = new Database(":memory:");
  try {
    scratch.exec(`CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    for (const name of migrations) scratch.exec(readFileSync(path.join(migrationsFolder, name, "migration.sql"), "utf8"));
    return tablesOf(scratch);
  } finally {
    scratch.close();
  }
}

/**
 * Throws unless `database` is Latchkey's: intact, its migrations ones this version knows, and
 * exactly the tables and columns those migrations make. Returns its latest migration.
 */
function checkLatchkeyDatabase(database: Database.Database, label: string): string {
  let integrity: unknown;
  try {
    integrity = database.pragma("quick_check", { simple: true });
  } catch {
    throw new BackupError(`${label} is not a SQLite database.`);
  }
  if (integrity !== "ok") throw new BackupError(`${label} is damaged (SQLite's check says: ${String(integrity)}).`);
  const tables = tablesOf(database);
  if (!tables.has("_prisma_migrations")) throw new BackupError(`${label} is not a Latchkey database (it has no migration history).`);
  const applied = database
    .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name")
    .pluck()
    .all() as string[];
  const known = knownMigrations();
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new BackupError(`${label} has migrations this Latchkey does not know (${unknown.join(", ")}): it comes from a newer version or another application.`);
  if (applied.length === 0 || applied.join() !== known.slice(0, applied.length).join()) {
    throw new BackupError(`${label} is not a Latchkey database (its migration history is not Latchkey's).`);
  }
  const expected = tablesMadeBy(applied);
  const differ = [...new Set([...tables.keys(), ...expected.keys()])].filter((name) => tables.get(name)?.join() !== expected.get(name)?.join());
  if (differ.length > 0) throw new BackupError(`${label} is not a Latchkey database (tables ${differ.join(", ")} are not what its migrations make).`);
  return applied.at(-1)!;
}

function summarise(database: Database.Database, migration: string): Summary {
  const count = (table: string) => database.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number;
  return { migration, users: count("User"), groups: count("Group"), apiKeys: count("ApiKey"), auditEvents: count("AuditEvent") };
}

export const describeSummary = (summary: Summary) =>
  `${summary.users} users, ${summary.groups} groups, ${summary.apiKeys} API keys, ${summary.auditEvents} audit events; schema at ${summary.migration}`;

/**
 * Copies `from` into a new file `to` through a temporary file beside it (owner-only: a backup
 * holds password and key hashes), so `to` appears complete or not at all.
 */
async function copyDatabase(from: Database.Database, to: string, { replace }: { replace: boolean }) {
  const partial = `${to}.partial-${process.pid}`;
  writeFileSync(partial, "", { mode: 0o600, flag: "wx" });
  try {
    await from.backup(partial, { progress: () => ALL_PAGES });
    const copy = new Database(partial);
    try {
      // One self-contained file: no -wal to forget when it is copied elsewhere.
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    if (replace) rmSync(to, { force: true });
    // link fails when `to` exists: never overwrite what appeared meanwhile.
    linkSync(partial, to);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** `admin backup --out <file>`: an online backup of the SQLite database at `file`. */
export async function backupSqlite({ file, out }: { file: string; out: string }): Promise<Summary & { bytes: number }> {
  if (!existsSync(file)) throw new BackupError(`There is no database at ${file} (DATABASE_URL).`);
  if (existsSync(out)) throw new BackupError(`${out} exists already; a backup never overwrites a file.`);
  if (!existsSync(path.dirname(path.resolve(out)))) throw new BackupError(`The folder of ${out} does not exist.`);
  const source = new Database(file, { fileMustExist: true, timeout: 10_000 });
  try {
    checkLatchkeyDatabase(source, file);
    await copyDatabase(source, out, { replace: false });
  } finally {
    source.close();
  }
  const backup = new Database(out, { readonly: true, fileMustExist: true });
  try {
    return { ...summarise(backup, checkLatchkeyDatabase(backup, out)), bytes: statSync(out).size };
  } finally {
    backup.close();
  }
}

/** Throws unless the SQLite database at `file` is missing or has no tables at all. */
function assertEmpty(file: string) {
  if (existsSync(file)) {
    let tables: number;
    try {
      const target = new Database(file, { readonly: true, fileMustExist: true });
      try {
        tables = target.prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").pluck().get() as number;
      } finally {
        target.close();
      }
    } catch {
      throw new BackupError(`${file} (DATABASE_URL) is not an empty SQLite database.`);
    }
    if (tables > 0) {
      throw new BackupError(`${file} (DATABASE_URL) is not empty: restore only into a new database — stop Latchkey and move the file aside, or set DATABASE_URL=file:<a new path>.`);
    }
  }
  // A log without its database (or beside an empty one) would be replayed into the restored file.
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) {
    throw new BackupError(`${file}-wal exists: ${file} is in use or was not closed cleanly; restore only into a new database.`);
  }
}

/** `admin restore <backup>`: copies a Latchkey backup into the empty SQLite database at `file`. */
export async function restoreSqlite({ backup, file }: { backup: string; file: string }): Promise<Summary> {
  if (!existsSync(backup)) throw new BackupError(`There is no file ${backup}.`);
  let source: Database.Database;
  try {
    source = new Database(backup, { readonly: true, fileMustExist: true });
  } catch {
    throw new BackupError(`${backup} is not a SQLite database.`);
  }
  try {
    const migration = checkLatchkeyDatabase(source, backup);
    assertEmpty(file);
    await copyDatabase(source, file, { replace: true });
    return summarise(source, migration);
  } finally {
    source.close();
  }
}

