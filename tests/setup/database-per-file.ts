// Runs before each integration test file: the file gets its own database, so tests of global
// rules (the last administrator) cannot disturb each other. Dropped when the file ends.
import { afterAll } from "vitest";
import { createDatabase, dropDatabase, type Provider } from "./databases";

const provider = process.env.LATCHKEY_TEST_PROVIDER as Provider;
const url = await createDatabase(provider, "f");
process.env.DATABASE_URL = url;
delete (globalThis as { latchkeyDb?: unknown }).latchkeyDb;

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  delete (globalThis as { latchkeyDb?: unknown }).latchkeyDb;
  await dropDatabase(url);
});
