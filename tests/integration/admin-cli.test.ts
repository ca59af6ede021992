import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { permissionsOfUser } from "@/lib/permissions/holdings";
import { unique } from "../helpers/seed";

const root = path.resolve(import.meta.dirname, "../..");

/** `npm run admin -- …` against this file's database, as an operator would run it. */
function admin(args: string[], stdin?: string) {
  const result = spawnSync("npm", ["run", "--silent", "admin", "--", ...args], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: "" },
    input: stdin,
    encoding: "utf8",
    timeout: 90_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("operator CLI", () => {
  it("creates an administrator with a generated password shown once", async () => {
    const email = `${unique("ops")}@example.test`;
    const created = admin(["create-user", "--email", email.toUpperCase(), "--name", "Ops Person", "--admin"]);
    expect(created.status, created.stderr).toBe(0);
    const password = /Password \(shown once\): (\S+)/.exec(created.stdout)?.[1];
    expect(password).toBeDefined();
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await permissionsOfUser(db, user.id)).has("users:write")).toBe(true);
    expect(await signInWithPassword({ email, password }, "192.0.2.10")).toMatchObject({ id: user.id });
    expect(await db.auditEvent.count({ where: { action: "user.created", targetId: user.id, actorEmail: "system" } })).toBe(1);

    const again = admin(["create-user", "--email", email, "--name", "Twice"]);
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe("Email already in use");
  }, 180_000);

  it("resets a password from stdin, refusing a weak one, and ends the user's sessions", async () => {
    const email = `${unique("locked")}@example.test`;
    expect(admin(["create-user", "--email", email, "--name", "Locked Out"]).status).toBe(0);
    const before = await db.user.findUniqueOrThrow({ where: { email } });

    const weak = admin(["reset-password", "--email", email, "--password-stdin"], "password1234\n");
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/too easy to guess/);

    const chosen = "saffron Lighthouse ninety 3";
    const reset = admin(["reset-password", "--email", email, "--password-stdin"], `${chosen}\n`);
    expect(reset.status, reset.stderr).toBe(0);
    expect(reset.stdout).not.toContain(chosen);
    const after = await db.user.findUniqueOrThrow({ where: { email } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await signInWithPassword({ email, password: chosen }, "192.0.2.11")).toMatchObject({ id: after.id });

    expect(admin(["reset-password", "--email", "nobody@example.test"]).stderr.trim()).toBe("No user with email nobody@example.test.");
  }, 180_000);
});
