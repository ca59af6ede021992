// SQLite for concurrent requests. @prisma/adapter-better-sqlite3 (6.19) holds one connection,
// begins transactions with a plain (deferred) BEGIN and serialises only transactions, so:
// - a transaction that reads, then writes, fails at once with SQLITE_BUSY when another process
//   wrote in between (SQLite does not wait there: waiting could deadlock);
// - a query from outside a transaction runs inside whichever transaction is open on the one
//   connection: it reads that transaction's uncommitted rows, and its rollback undoes the
//   query's write after the query was answered as done.
// This wrapper keeps the adapter's queries and type mapping and changes three things.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import { Mutex } from "async-mutex";

/** How long a writer waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

export function sqliteAdapter(url: string): SqlDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const connection = await factory.connect();
      // 1. Write-ahead log: readers never wait for a writer, nor a writer for readers.
      await connection.executeScript("PRAGMA journal_mode = WAL;");
      return oneQueryAtATime(connection);
    },
  };
}

function oneQueryAtATime(connection: SqlDriverAdapter): SqlDriverAdapter {
  // 2. One turn at a time on the connection: a query outside a transaction waits for the open
  //    transaction to end. (Code that calls `db` inside `db.$transaction` would wait for its
  //    own transaction; Prisma's transaction timeout ends that wait with an error.)
  const turn = new Mutex();
  const info = { provider: connection.provider, adapterName: connection.adapterName };
  return {
    ...info,
    queryRaw: (query) => turn.runExclusive(() => connection.queryRaw(query)),
    executeRaw: (query) => turn.runExclusive(() => connection.executeRaw(query)),
    executeScript: (script) => turn.runExclusive(() => connection.executeScript(script)),
    getConnectionInfo: connection.getConnectionInfo?.bind(connection),
    dispose: () => connection.dispose(),
    async startTransaction(isolationLevel): Promise<Transaction> {
      if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
        throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level: isolationLevel });
      }
      const release = await turn.acquire();
      try {
        // 3. BEGIN IMMEDIATE takes the write lock now, waiting (busy timeout) while another
        //    process holds it, so no statement of the transaction can fail for want of it.
        await connection.executeScript("BEGIN IMMEDIATE");
      } catch (error) {
        release();
        throw error;
      }
      return transactionOn(connection, info, release);
    },
  };
}

/**
 * Prisma ends a transaction by sending COMMIT or ROLLBACK through it, then calling commit() or
 * rollback(). The turn is given back after that statement whatever happens, so a failed COMMIT
 * (rolled back here) cannot leave the connection inside a transaction nobody owns.
 */
function transactionOn(connection: SqlDriverAdapter, info: Pick<Transaction, "provider" | "adapterName">, release: () => void): Transaction {
  let open = true;
  const end = async () => {
    if (open) release();
    open = false;
  };
  const ends = (query: SqlQuery) => /^\s*(COMMIT|ROLLBACK)\b/i.test(query.sql);
  return {
    ...info,
    options: { usePhantomQuery: false },
    queryRaw: (query) => connection.queryRaw(query),
    async executeRaw(query) {
      if (!ends(query)) return connection.executeRaw(query);
      try {
        return await connection.executeRaw(query);
      } catch (error) {
        await connection.executeScript("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        await end();
      }
    },
    commit: end,
    rollback: end,
  };
}
