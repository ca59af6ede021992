// Operator commands, for recovering a locked-out installation from the shell:
//   npm run admin -- create-user --email a@b.c --name "Ada" [--admin] [--password-stdin]
//   npm run admin -- reset-password --email a@b.c [--password-stdin]
// Without --password-stdin a password is generated and printed once. Acts as "system" in
// the audit log. Uses DATABASE_URL like the server (SQLite by default).
import { parseArgs } from "node:util";
import { ConfigError, parseEnv } from "../lib/env-schema";

const usage = `usage:
  npm run admin -- create-user --email <email> --name <name> [--admin] [--password-stdin]
  npm run admin -- reset-password --email <email> [--password-stdin]`;

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
    },
  });
  const [command] = positionals;
  if (!values.email || !["create-user", "reset-password"].includes(command ?? "")) fail(usage);
  const password = values["password-stdin"] ? await readStdin() : undefined;

  const [{ db }, { SYSTEM_ACTOR }, { createUser }, { resetPassword }, { ensureAdministratorsGroup }] = await Promise.all([
    import("../lib/db"),
    import("../lib/auth/system-actor"),
    import("../lib/users/create-user"),
    import("../lib/users/reset-password"),
    import("../lib/users/bootstrap"),
  ]);
  const { spawnSync } = await import("node:child_process");
  // The database may be brand new: apply migrations as `npm start` would.
  const migrated = spawnSync("npx", ["tsx", "scripts/db.ts", "migrate"], { stdio: "inherit" });
  if (migrated.status !== 0) fail("could not migrate the database at DATABASE_URL");
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
  if (error instanceof DomainError) fail(error.message);
  throw error;
});
