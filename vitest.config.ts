import path from "node:path";
import { defineConfig } from "vitest/config";
import { POSTGRES_ADMIN_URL, postgresReachable } from "./tests/setup/databases";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // lib/ modules are server-only; in tests they run on the server, which is what we want.
  "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts"),
};

function databaseProject(provider: "sqlite" | "postgresql") {
  return {
    resolve: { alias },
    test: {
      name: provider,
      include: ["tests/integration/**/*.test.ts"],
      env: { LATCHKEY_TEST_PROVIDER: provider, NEXTAUTH_SECRET: "test-secret-0123456789abcdef0123456789" },
      globalSetup: ["tests/setup/global.ts"],
      setupFiles: ["tests/setup/database-per-file.ts"],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  };
}

function apiProject(provider: "sqlite" | "postgresql") {
  return {
    resolve: { alias },
    test: {
      name: `api-${provider}`,
      include: ["tests/api/**/*.test.ts"],
      env: { LATCHKEY_TEST_PROVIDER: provider },
      globalSetup: ["tests/setup/api-servers.ts"],
      setupFiles: ["tests/setup/api-file.ts"],
      testTimeout: 30_000,
      hookTimeout: 120_000,
    },
  };
}

export default defineConfig(async () => {
  const postgres = await postgresReachable();
  if (!postgres) {
    const line = "!".repeat(78);
    console.warn(`\n${line}\n  PostgreSQL at ${POSTGRES_ADMIN_URL} is UNREACHABLE.\n  The PostgreSQL integration tests are SKIPPED in this run.\n${line}\n`);
  }
  return {
    test: {
      projects: [
        { resolve: { alias }, test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "server/**/*.test.ts"] } },
        databaseProject("sqlite"),
        apiProject("sqlite"),
        ...(postgres ? [databaseProject("postgresql"), apiProject("postgresql")] : []),
      ],
    },
  };
});
