// The plaintext of a key is shown once and kept nowhere: not in the database (any table, any
// byte of the SQLite file and its WAL) and not in anything the server prints.
import { readFileSync, existsSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { hashApiKey } from "@/lib/api-keys/format";
import { listOwnApiKeys } from "@/lib/api-keys/queries";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { updateApiKey } from "@/lib/api-keys/update-api-key";
import { db } from "@/lib/db";
import { seedUser } from "../helpers/seed";

const provider = process.env.LATCHKEY_TEST_PROVIDER;

/** Everything the database holds, as text, in which to look for a string. */
async function databaseText(): Promise<string> {
  const url = process.env.DATABASE_URL!;
  if (provider === "sqlite") {
    const file = url.slice("file:".length);
    return [file, `${file}-wal`]
      .filter(existsSync)
      .map((path) => readFileSync(path).toString("latin1"))
      .join("\n");
  }
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    "SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
  );
  const rows = await Promise.all(tables.map(({ table_name }) => db.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${table_name}" t`)));
  return rows.flat().map((r) => r.row).join("\n");
}

function captureOutput() {
  const printed: string[] = [];
  const record = (...args: unknown[]) => void printed.push(args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg) ?? String(arg))).join(" "));
  for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const) vi.spyOn(console, method).mockImplementation(record);
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown) => boolean;
    vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return write(chunk);
    });
  }
  return printed;
}

afterEach(() => vi.restoreAllMocks());

describe("the plaintext of a new key", () => {
  it("is stored nowhere and printed nowhere", async () => {
    const printed = captureOutput();
    const { actor } = await seedUser({ permissions: ["api_keys:create"] });
    const { key, plaintext } = await createApiKey({ actor, input: { name: "Secret keeper", description: "", expiration: "90d", access: "inherit", scopes: [] } });
    // Later operations on the key must not bring it back either.
    await updateApiKey({ actor, input: { id: key.id, name: "Secret keeper 2", description: "renamed" } });
    const listed = await listOwnApiKeys({ actor });
    await revokeApiKey({ actor, input: { id: key.id } });
    vi.restoreAllMocks();

    const text = await databaseText();
    // Control: the search reaches the data (the hash and the name are there)…
    expect(text).toContain(hashApiKey(plaintext));
    expect(text).toContain("Secret keeper 2");
    // …and the key is not, neither whole nor its secret part without the prefix.
    expect(text).not.toContain(plaintext);
    expect(text).not.toContain(plaintext.slice(11));
    expect(JSON.stringify(listed)).not.toContain(plaintext.slice(11));
    expect(JSON.stringify(listed)).not.toContain(hashApiKey(plaintext));
    expect(printed.join("\n")).not.toContain(plaintext.slice(11));
  });
});
