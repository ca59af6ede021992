// Prisma CLI configuration. The provider follows DATABASE_URL (SQLite by default), so
// `prisma migrate deploy` applies that provider's migrations through its driver adapter.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { cliAdapter } from "./lib/db/cli-adapter";
import { databaseFromUrl } from "./lib/db/url";

const database = databaseFromUrl(process.env.DATABASE_URL);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", database.provider, "schema.prisma"),
  migrations: { path: path.join("prisma", database.provider, "migrations") },
  adapter: () => cliAdapter(database),
});
