// Each API test file seeds data straight into the database the test servers use.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("apiDatabaseUrl");
delete (globalThis as { latchkeyDb?: unknown }).latchkeyDb;
