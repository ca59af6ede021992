// `npm start`: check the configuration, keep a session secret, migrate, create the first
// administrator on an empty database, build when the sources changed, then serve.
// Every expected failure ends with one line saying what to fix, never a stack trace.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { ConfigError, parseEnv } from "../lib/env-schema";
import { databaseFromUrl } from "../lib/db/url";
import { ensureBuild } from "./build";
import { serverCommand } from "./server";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function fail(message: string): never {
  console.error(`Latchkey cannot start: ${message}`);
  process.exit(1);
}

function loadSecret(dataDir: string): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  console.log(`Generated a session secret in ${path.relative(root, file) || file} (set NEXTAUTH_SECRET to use your own).`);
  return secret;
}

function migrate(env: NodeJS.ProcessEnv) {
  const result = spawnSync(bin("prisma"), ["migrate", "deploy"], { cwd: root, env, encoding: "utf8" });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`;
    const reason = output.split("\n").find((line) => /^Error|P1001|ECONNREFUSED|does not exist|authentication/i.test(line.trim()));
    fail(`could not migrate the database at DATABASE_URL${reason ? ` (${reason.trim().replace(/^Error:\s*/, "")})` : ""}. Check that it is reachable and writable.`);
  }
}

async function main() {
  let config;
  try {
    config = parseEnv();
  } catch (error) {
    if (error instanceof ConfigError) fail(`set ${error.message}.`);
    throw error;
  }
  const database = databaseFromUrl(config.DATABASE_URL);
  const dataDir = path.resolve(root, config.DATA_DIR);
  if (database.provider === "sqlite") {
    try {
      mkdirSync(path.dirname(database.file), { recursive: true });
    } catch {
      fail(`cannot create the folder for DATABASE_URL=${config.DATABASE_URL}.`);
    }
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: config.NEXTAUTH_SECRET ?? loadSecret(dataDir),
    NEXTAUTH_URL: config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`,
    PORT: String(config.PORT),
    // instrumentation.ts handles SIGTERM/SIGINT so pending API key usage is written first.
    NEXT_MANUAL_SIG_HANDLE: "true",
  };
  Object.assign(process.env, env);

  migrate(env);
  const { bootstrap } = await import("../lib/users/bootstrap");
  const { createDb } = await import("../lib/db");
  const db = createDb(database.url);
  const { admin } = await bootstrap(db, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD });
  await db.$disconnect();
  if (admin?.generatedPassword) {
    console.log(
      `\n  First administrator created. This password is shown once:\n\n    Email:    ${admin.email}\n    Password: ${admin.generatedPassword}\n\n  Sign in and change it under Preferences → Profile.\n`,
    );
  } else if (admin) {
    console.log(`First administrator created: ${admin.email}`);
  }

  if (!ensureBuild(env)) fail("the build failed (see above).");

  const server = spawn(...serverCommand(config.PORT), { cwd: root, env: { ...env, NODE_ENV: "production" }, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message.split("\n")[0] : String(error)));
