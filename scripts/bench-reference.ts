// The benchmark's reference (scripts/bench-api.ts): bare node:http doing the irreducible work
// of an authenticated API answer — SHA-256 of the key, one indexed lookup of the key row on
// the same database, a JSON answer. `tsx scripts/bench-reference.ts <DATABASE_URL>`; prints
// the port it listens on.
import { hash } from "node:crypto";
import { createServer } from "node:http";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseFromUrl } from "../lib/db/url";

const database = databaseFromUrl(process.argv[2]);
const QUERY = 'SELECT "id", "userId", "status" FROM "ApiKey" WHERE "hash" = ';

type Row = { id: string; userId: string; status: string } | undefined;
let lookup: (hash: string) => Promise<Row>;
if (database.provider === "sqlite") {
  const statement = new Database(database.file, { readonly: true }).prepare(`${QUERY}?`);
  lookup = async (hash) => statement.get(hash) as Row;
} else {
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  lookup = async (hash) => (await pool.query<NonNullable<Row>>({ name: "key-by-hash", text: `${QUERY}$1`, values: [hash] })).rows[0];
}

const server = createServer((request, response) => {
  const key = /^Bearer (\S+)$/.exec(request.headers.authorization ?? "")?.[1] ?? "";
  lookup(hash("sha256", key, "hex")).then(
    (row) => {
      const found = row?.status === "ACTIVE";
      response.writeHead(found ? 200 : 401, { "Content-Type": "application/json" });
      response.end(JSON.stringify(found ? { id: row.userId, keyId: row.id } : { title: "Unauthorized" }));
    },
    () => {
      response.writeHead(500).end();
    },
  );
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(typeof address === "object" && address ? address.port : "");
});
