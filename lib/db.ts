import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client/generated/sqlite/index.js";
import { PrismaClient as PostgresClient } from "@prisma/client/generated/postgresql/index.js";
import { sqliteAdapter } from "./db/sqlite";
import { databaseFromUrl } from "./db/url";

// Both generated clients come from one model (prisma/model.prisma). The SQLite client's type
// is the portable subset (no `mode: "insensitive"`, only Serializable transactions), so code
// written against it runs on both providers.
export type Db = PrismaClient;
// Prisma.sql and the model types are the same for both providers.
export { Prisma } from "@prisma/client/generated/sqlite/index.js";
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(url: string | undefined): Db {
  const database = databaseFromUrl(url);
  if (database.provider === "postgresql") {
    // connectionTimeoutMillis: while the server cannot be reached (or every connection is
    // busy), a query fails within seconds (503) instead of waiting for one indefinitely.
    // keepAlive: connections to a server that vanished are noticed.
    const pool = { connectionString: database.url, max: 10, connectionTimeoutMillis: 3_000, keepAlive: true };
    const client = new PostgresClient({ adapter: new PrismaPg(pool) });
    // The one cast between the two generated clients: they differ only in provider-specific
    // options (isolation levels) that Db's portable type never offers.
    return client as unknown as Db;
  }
  return new PrismaClient({ adapter: sqliteAdapter(database.url) });
}

const cache = globalThis as unknown as { latchkeyDb?: Db };

/** The application's database, chosen by DATABASE_URL. */
export const db: Db = (cache.latchkeyDb ??= createDb(process.env.DATABASE_URL));
