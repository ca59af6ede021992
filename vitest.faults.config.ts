// `npm run test:faults`: outages of PostgreSQL and Redis under load, against a production
// build. Not part of `npm test`: each file starts and stops servers of its own and waits out
// a real outage.
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts"),
    },
  },
  test: {
    name: "faults",
    include: ["tests/faults/**/*.test.ts"],
    globalSetup: ["tests/setup/build.ts"],
    // One outage at a time: the files share the machine's two cores with the servers they start.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
