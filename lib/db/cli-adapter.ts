// The driver adapter the Prisma CLI (migrate deploy) uses, picked by DATABASE_URL.
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Database } from "./url";

// PostgreSQL's catalog reports identifiers as type `name` (oid 19), which @prisma/adapter-pg
// 6.19 cannot map, so `prisma migrate deploy` fails (prisma/orm#27403). `name` is text; say so.
const PG_NAME_OID = 19;
const PG_TEXT_OID = 25;

export async function cliAdapter(database: Database): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (database.provider === "sqlite") {
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: database.url });
  }
  const pg = await import("pg");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  type Fields = { fields?: { dataTypeID: number }[] } | undefined;
  const asText = (res: Fields) => {
    for (const field of res?.fields ?? []) if (field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID;
    return res;
  };
  class CatalogClient extends pg.default.Client {
    // pg's query() has many overloads (promise or callback); only the result's field types change.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    query(...args: any[]): any {
      const callback = args.at(-1);
      if (typeof callback === "function") {
        args[args.length - 1] = (err: Error | null, res: Fields) => callback(err, asText(res));
      }
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const result = (super.query as (...a: any[]) => any)(...args);
      return result instanceof Promise ? result.then(asText) : result;
    }
  }
  return new PrismaPg({ connectionString: database.url, Client: CatalogClient });
}
