import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { databaseIsUp } from "@/lib/db/health";
import { InvalidError } from "@/lib/errors";
import { BUILT_IN_PERMISSIONS } from "@/lib/permissions/catalogue";
import { permissionsOfUser } from "@/lib/permissions/holdings";
import { bootstrap } from "@/lib/users/bootstrap";
import { changePassword, updateProfile } from "@/lib/users/profile";
import { TEST_PASSWORD, seedGroup, seedUser, unique } from "../helpers/seed";

describe("first start", () => {
  it("creates the Administrators group and one administrator, once", async () => {
    const first = await bootstrap(db, { email: "Root@Example.test", password: undefined });
    expect(first.admin?.email).toBe("root@example.test");
    expect(first.admin?.generatedPassword).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);

    const admin = await db.user.findUniqueOrThrow({ where: { email: "root@example.test" } });
    expect(admin.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(admin.passwordHash).not.toContain(first.admin!.generatedPassword!);
    expect([...(await permissionsOfUser(db, admin.id))].sort()).toEqual([...BUILT_IN_PERMISSIONS].sort());
    expect(await signInWithPassword({ email: "ROOT@example.test", password: first.admin!.generatedPassword }, null)).toMatchObject({ id: admin.id });

    expect(await bootstrap(db, { email: "other@example.test" })).toEqual({ admin: null });
    expect(await db.group.count({ where: { builtIn: true } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "user.created", targetId: admin.id } })).toBe(1);
  });
});

describe("health", () => {
  it("reports the database as up", async () => {
    expect(await databaseIsUp()).toBe(true);
  });
});

describe("sign-in", () => {
  it("accepts the right password and refuses wrong ones without saying which part was wrong", async () => {
    const { user } = await seedUser();
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, "198.51.100.1")).toMatchObject({ id: user.id });
    expect(await signInWithPassword({ email: user.email, password: "wrong password!!" }, "198.51.100.1")).toBeNull();
    expect(await signInWithPassword({ email: "nobody@example.test", password: TEST_PASSWORD }, "198.51.100.1")).toBeNull();
    expect(await signInWithPassword({ email: "", password: "" }, "198.51.100.1")).toBeNull();
  });

  it("refuses a disabled user", async () => {
    const { user } = await seedUser({ status: "DISABLED" });
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, "198.51.100.2")).toBeNull();
  });

  it("slows down, then locks an account from an address after repeated failures from it", async () => {
    const { user } = await seedUser();
    const ip = "198.51.100.3";
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(await signInWithPassword({ email: user.email, password: `wrong-${attempt}-password` }, ip)).toBeNull();
    }
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, ip)).rejects.toThrow(/Too many failed sign-in attempts/);
  }, 60_000);
});

describe("profile", () => {
  it("changes the display name and records it", async () => {
    const { user, actor } = await seedUser();
    const name = unique("Renamed");
    await updateProfile({ actor, input: { name } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(name);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.profile_updated", targetId: user.id } });
    expect(JSON.parse(event.details!)).toEqual({ name: { before: user.name, after: name } });
  });

  it("changes the password only with the current one, refuses common passwords, and ends sessions", async () => {
    const { user, actor } = await seedUser();
    const next = "plum Verandah 77 quietly";
    await expect(changePassword({ actor, input: { currentPassword: "not it at all", newPassword: next, confirmPassword: next } })).rejects.toBeInstanceOf(InvalidError);
    await expect(
      changePassword({ actor, input: { currentPassword: TEST_PASSWORD, newPassword: "password1234", confirmPassword: "password1234" } }),
    ).rejects.toMatchObject({ fieldErrors: { newPassword: [expect.stringMatching(/too easy to guess/)] } });

    await changePassword({ actor, input: { currentPassword: TEST_PASSWORD, newPassword: next, confirmPassword: next } });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await signInWithPassword({ email: user.email, password: next }, "198.51.100.9")).toMatchObject({ sessionVersion: after.sessionVersion });
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, "198.51.100.9")).toBeNull();
  });
});

describe("permissions", () => {
  it("are the union over the user's groups", async () => {
    const { user } = await seedUser({ permissions: ["users:read"] });
    const other = await seedGroup({ permissions: ["groups:read", "users:read"] });
    await db.membership.create({ data: { userId: user.id, groupId: other.id } });
    expect([...(await permissionsOfUser(db, user.id))].sort()).toEqual(["groups:read", "users:read"]);
  });
});
