// Browser journeys against a production build (`npm start`) on a fresh SQLite database, in
// Debian's Chromium (never `playwright install`: CHROMIUM_PATH or /usr/bin/chromium).
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The config is evaluated in the runner and again in each worker: the run id comes from the
// environment so all of them agree on one database.
process.env.LATCHKEY_E2E_RUN ??= `${Date.now().toString(36)}-${process.pid}`;
const dataDir = path.join(os.tmpdir(), `latchkey-e2e-${process.env.LATCHKEY_E2E_RUN}`);
// A port per run, so parallel runs on one machine do not collide (E2E_PORT overrides).
process.env.E2E_PORT ??= String(3200 + (process.pid % 700));
const port = Number(process.env.E2E_PORT);
export const baseURL = `http://127.0.0.1:${port}`;

// The test process seeds data straight into the server's database (tests/helpers/seed.ts).
process.env.DATABASE_URL = `file:${path.join(dataDir, "latchkey.db")}`;
process.env.E2E_ADMIN_EMAIL = "admin@e2e.test";
process.env.E2E_ADMIN_PASSWORD = "e2e Admin passphrase 9431";

export default defineConfig({
  testDir: "e2e",
  globalTeardown: "./e2e/support/teardown.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "on-first-retry",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "npm start",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      NODE_OPTIONS: "",
      PORT: String(port),
      DATABASE_URL: process.env.DATABASE_URL,
      DATA_DIR: dataDir,
      NEXTAUTH_URL: baseURL,
      ADMIN_EMAIL: process.env.E2E_ADMIN_EMAIL,
      ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD,
    },
  },
});
