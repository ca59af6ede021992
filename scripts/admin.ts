// Operator commands, for recovering a locked-out installation from the shell:
//   npm run admin -- create-user --email a@b.c --name "Ada" [--admin] [--password-stdin]
//   npm run admin -- reset-password --email a@b.c [--password-stdin]
//   npm run admin -- backup --out <file>      (SQLite; on PostgreSQL it explains pg_dump)
//   npm run admin -- restore <file>           (into an empty SQLite database)
// Without --password-stdin a password is generated and printed once. Acts as "system" in
// the audit log. Uses DATABASE_URL like the server (SQLite by default).
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { databaseFromUrl } from "../lib/db/url";
import { ConfigError, parseEnv } from "../lib/env-schema";
import { BackupError, backupSqlite, describeSummary, POSTGRES_BACKUP_HELP, restoreSqlite } from "./backup";

const usage = `usage:
  npm run admin -- create-user --email <email> --name <name> [--admin] [--password-stdin]
  npm run admin -- reset-password --email <email> [--password-stdin]
  npm run admin -- backup --out <file>
  npm run admin -- restore <file>`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) fail("--password-stdin: pipe the password in, e.g. printf %s \"$PASSWORD\" | npm run admin -- …");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

/** Applies pending migrations to DATABASE_URL's database, as `npm start` would. */
function migrate() {
  const migrated = spawnSync("npx", ["tsx", "scripts/db.ts", "migrate"], { stdio: "inherit" });
  if (migrated.status !== 0) fail("could not migrate the database at DATABASE_URL");
}

/** backup and restore copy the database as it is: they run before any migration or query. */
async function backupOrRestore(command: "backup" | "restore", { out, file }: { out?: string; file?: string }) {
  const database = databaseFromUrl(process.env.DATABASE_URL);
  // The URL may hold a password: the help names the variable, never its value.
  if (database.provider === "postgresql") fail(POSTGRES_BACKUP_HELP);
  if (command === "backup") {
    if (!out) fail(usage);
    const backup = await backupSqlite({ file: database.file, out });
    console.log(`Backed up ${database.file} to ${out} (${Math.ceil(backup.bytes / 1024)} KiB): ${describeSummary(backup)}.`);
  } else {
    if (!file) fail(usage);
    const restored = await restoreSqlite({ backup: file, file: database.file });
    migrate();
    console.log(`Restored ${file} into ${database.file}: ${describeSummary(restored)}.`);
  }
}

async function main() {
  try {
    parseEnv();
  } catch (error) {
    if (error instanceof ConfigError) fail(`set ${error.message}.`);
    throw error;
  }
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      admin: { type: "boolean", default: false },
      "password-stdin": { type: "boolean", default: false },
      out: { type: "string" },
    },
  });
  const [command, file] = positionals;
  if (command === "backup" || command === "restore") return backupOrRestore(command, { out: values.out, file });
  if (!values.email || !["create-user", "reset-password"].includes(command ?? "")) fail(usage);
  const password = values["password-stdin"] ? await readStdin() : undefined;

  const [{ db }, { SYSTEM_ACTOR }, { createUser }, { resetPassword }, { ensureAdministratorsGroup }] = await Promise.all([
    import("../lib/db"),
    import("../lib/auth/system-actor"),
    import("../lib/users/create-user"),
    import("../lib/users/reset-password"),
    import("../lib/users/bootstrap"),
  ]);
  // The database may be brand new.
  migrate();
  const administrators = await db.$transaction((tx) => ensureAdministratorsGroup(tx));

  if (command === "create-user") {
    if (!values.name) fail(usage);
    const { user, generatedPassword } = await createUser({
      actor: SYSTEM_ACTOR,
      input: { email: values.email, name: values.name, password, groupIds: values.admin ? [administrators.id] : [] },
    });
    console.log(`Created ${user.email}${values.admin ? " (administrator)" : ""}.`);
    if (generatedPassword) console.log(`Password (shown once): ${generatedPassword}`);
  } else {
    const user = await db.user.findUnique({ where: { email: values.email.toLowerCase() } });
    if (!user) fail(`No user with email ${values.email}.`);
    const { generatedPassword } = await resetPassword({ actor: SYSTEM_ACTOR, input: { userId: user.id, password } });
    console.log(`Password of ${user.email} reset; their sessions have ended.`);
    if (generatedPassword) console.log(`New password (shown once): ${generatedPassword}`);
  }
  await db.$disconnect();
}

main().catch(async (error: unknown) => {
  const { DomainError } = await import("../lib/errors");
  const { ZodError } = await import("zod");
  if (error instanceof ZodError) fail(error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n"));
  if (error instanceof DomainError || error instanceof BackupError) fail(error.message);
  throw error;
});
