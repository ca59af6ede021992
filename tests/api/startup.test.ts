import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startServer } from "../../scripts/server";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs `npm start` with `env`; it must stop before serving anything. */
function start(env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "latchkey-start-"));
  const result = spawnSync("npm", ["start", "--silent"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `file:${dataDir}/x.db`, PORT: "1", NODE_OPTIONS: "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  rmSync(dataDir, { recursive: true, force: true });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout };
}

describe("npm start refuses bad configuration with one line", () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ["an unsupported DATABASE_URL", { DATABASE_URL: "mysql://root@localhost/latchkey" }, /DATABASE_URL must be file:<path>/],
    ["a short NEXTAUTH_SECRET", { NEXTAUTH_SECRET: "too-short" }, /NEXTAUTH_SECRET must be at least 32 characters/],
    ["a bad PORT", { PORT: "http" }, /PORT/],
    ["an unreachable PostgreSQL", { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/latchkey" }, /could not migrate the database at DATABASE_URL/],
    ["a bad ADMIN_EMAIL", { ADMIN_EMAIL: "not-an-email" }, /ADMIN_EMAIL must be an email address/],
    ["a TRUST_PROXY that is neither a hop count nor addresses", { TRUST_PROXY: "yes please" }, /TRUST_PROXY must be a number of trusted proxy hops or a comma-separated list of proxy addresses/],
    ["a TRUST_PROXY with a bad CIDR", { TRUST_PROXY: "10.0.0.0/33,127.0.0.1" }, /TRUST_PROXY must be a number of trusted proxy hops or a comma-separated list of proxy addresses.*10\.0\.0\.0\/33/],
  ];
  for (const [label, env, message] of cases) {
    it(label, () => {
      const { status, stderr } = start(env);
      expect(status).toBe(1);
      expect(stderr).toMatch(/^Latchkey cannot start: /);
      expect(stderr).toMatch(message);
      expect(stderr.split("\n")).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at /);
    }, 60_000);
  }
});

describe("health", () => {
  it("answers 503 with the same shape when the database cannot be reached", async () => {
    const unreachable =
      process.env.LATCHKEY_TEST_PROVIDER === "postgresql"
        ? "postgresql://postgres@127.0.0.1:1/latchkey"
        : `file:${path.join(os.tmpdir(), "latchkey-no-such-dir", String(Date.now()), "x.db")}`;
    const server = await startServer(unreachable, {}, { healthy: false });
    try {
      const response = await fetch(`${server.baseUrl}/api/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "error", database: "down" });
    } finally {
      await server.stop();
    }
    expect(server.output.join("")).not.toMatch(/\n\s+at /);
  }, 90_000);
});
