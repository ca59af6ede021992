import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { TEST_PASSWORD, seedUser, unique } from "../helpers/seed";

// Made by the scrypt hashPassword that Latchkey shipped before argon2id; its password is TEST_PASSWORD.
const LEGACY_SCRYPT_HASH = "scrypt$32768$8$1$7Yadoj7RDdKxwEPXCChzvQ$PDRIX9upI0jVywQn-Ubg9xq5C9XMNavtqWJRF16eItg";
const ARGON2ID = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/;

describe("password hash upgrade", () => {
  it("signs in a user stored with a scrypt hash, upgrades it to argon2id, and signs them in again", async () => {
    const { user } = await seedUser();
    await db.user.update({ where: { id: user.id }, data: { passwordHash: LEGACY_SCRYPT_HASH } });

    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, "198.51.100.40")).toMatchObject({ id: user.id });
    const upgraded = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(upgraded.passwordHash).toMatch(ARGON2ID);
    expect(upgraded.sessionVersion).toBe(user.sessionVersion);

    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, "198.51.100.40")).toMatchObject({ id: user.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(upgraded.passwordHash);
  });

  it("keeps the scrypt hash when the password is wrong", async () => {
    const { user } = await seedUser();
    await db.user.update({ where: { id: user.id }, data: { passwordHash: LEGACY_SCRYPT_HASH } });
    expect(await signInWithPassword({ email: user.email, password: "not the password at all" }, "198.51.100.41")).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(LEGACY_SCRYPT_HASH);
  });

  it("stores new users' passwords as argon2id", async () => {
    const { actor } = await seedUser({ admin: true });
    const { user } = await createUser({ actor, input: { email: `${unique("new")}@example.test`, name: "New Person", password: "plum Verandah 77 quietly", groupIds: [] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toMatch(ARGON2ID);
  });
});
