// Database tooling for both providers.
//   tsx scripts/db.ts schemas            write prisma/<provider>/schema.prisma from prisma/model.prisma
//   tsx scripts/db.ts generate           schemas + a Prisma client per provider
//   tsx scripts/db.ts migrate            apply pending migrations for DATABASE_URL
//   tsx scripts/db.ts migration <name>   create the next migration for every provider
//
// `prisma migrate dev` needs a shadow database, which driver adapters do not support; so a
// new migration is the diff between the model of the previous migration and the current one.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFromUrl } from "../lib/db/url";

const providers = ["sqlite", "postgresql"] as const;
type Provider = (typeof providers)[number];
const root = path.resolve(import.meta.dirname, "..");
const prismaBin = path.join(root, "node_modules", ".bin", "prisma");

function prisma(args: string[], databaseUrl: string, quiet = true): string {
  return execFileSync(prismaBin, args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", quiet ? "pipe" : "inherit"],
  });
}

function writeSchemas() {
  const model = readFileSync(path.join(root, "prisma/model.prisma"), "utf8").replace(/^(\/\/.*\n)+\n*/, "");
  for (const provider of providers) {
    const header = `// GENERATED from prisma/model.prisma by \`npm run db:generate\`. Do not edit.

generator client {
  provider   = "prisma-client-js"
  output     = "../../node_modules/@prisma/client/generated/${provider}"
  engineType = "client"
}

datasource db {
  provider = "${provider}"
  // Kept although the adapter connects: without it the Prisma 6 CLI downloads a native engine.
  url      = env("DATABASE_URL")
}

`;
    mkdirSync(path.join(root, "prisma", provider), { recursive: true });
    writeFileSync(path.join(root, "prisma", provider, "schema.prisma"), header + model);
  }
}

// Any URL of the right provider will do: `generate` never connects, and `migrate diff` only
// compares two schema files (an in-memory SQLite needs no data/ folder).
const placeholderUrl: Record<Provider, string> = {
  sqlite: "file::memory:",
  postgresql: "postgresql://postgres@127.0.0.1:5432/postgres",
};

function generate() {
  writeSchemas();
  for (const provider of providers) {
    prisma(["generate", "--schema", `prisma/${provider}/schema.prisma`], placeholderUrl[provider]);
  }
  console.log("Generated Prisma clients for", providers.join(" and "));
}

function migrate(databaseUrl = process.env.DATABASE_URL) {
  const database = databaseFromUrl(databaseUrl);
  if (database.provider === "sqlite") {
    mkdirSync(path.dirname(database.file), { recursive: true });
    if (pendingSqliteMigrations(database.file).length === 0) return;
  }
  prisma(["migrate", "deploy"], database.url);
}

/**
 * Prisma's migrate puts SQLite in exclusive locking mode, which a WAL database refuses
 * (SQLITE_BUSY) while a server holds it open. The operator CLI runs beside a serving console,
 * so on SQLite it migrates only when a migration is pending.
 */
function pendingSqliteMigrations(file: string): string[] {
  const folder = path.join(root, "prisma/sqlite/migrations");
  const all = readdirSync(folder).filter((name) => existsSync(path.join(folder, name, "migration.sql")));
  if (!existsSync(file)) return all;
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tracked = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!tracked) return all;
    const applied = new Set(
      sqlite.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").pluck().all(),
    );
    return all.filter((name) => !applied.has(name));
  } finally {
    sqlite.close();
  }
}

// The schema each migration was made from is kept beside it (schema.prisma); prisma
// migrate deploy reads only migration.sql, so the snapshot is just for the next diff.
function latestSnapshot(provider: Provider): string | null {
  const dir = path.join(root, "prisma", provider, "migrations");
  if (!existsSync(dir)) return null;
  const latest = readdirSync(dir).filter((name) => /^\d{14}_/.test(name)).sort().at(-1);
  return latest ? path.join("prisma", provider, "migrations", latest, "schema.prisma") : null;
}

function createMigration(name: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("migration name: lower-case letters, digits and _ only");
  writeSchemas();
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  for (const provider of providers) {
    const schema = `prisma/${provider}/schema.prisma`;
    const previous = latestSnapshot(provider);
    const from = previous ? ["--from-schema-datamodel", previous] : ["--from-empty"];
    const sql = prisma(["migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], placeholderUrl[provider]);
    if (!/\b(CREATE|ALTER|DROP|INSERT|UPDATE|PRAGMA)\b/.test(sql)) {
      console.log(`${provider}: no changes`);
      continue;
    }
    const dir = path.join(root, "prisma", provider, "migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    copyFileSync(path.join(root, schema), path.join(dir, "schema.prisma"));
    writeFileSync(
      path.join(root, "prisma", provider, "migrations", "migration_lock.toml"),
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
    );
    console.log(`${provider}: wrote ${path.relative(root, dir)}/migration.sql`);
  }
}

const [command, arg] = process.argv.slice(2);
if (command === "schemas") writeSchemas();
else if (command === "generate") generate();
else if (command === "migrate") migrate();
else if (command === "migration" && arg) createMigration(arg);
else {
  console.error("usage: tsx scripts/db.ts schemas | generate | migrate | migration <name>");
  process.exit(2);
}
