// Review finding 1 (issue 10): a key, or a console session, must not change its own owner's
// credentials without the current password.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { OWN_CREDENTIALS_NEED_CURRENT_PASSWORD, KEY_CANNOT_CHANGE_OWNER_CREDENTIALS } from "@/lib/users/credentials";
import { resetPassword } from "@/lib/users/reset-password";
import { updateUser } from "@/lib/users/update-user";
import { seedUser, unique } from "../helpers/seed";

const NEW_PASSWORD = "violet Harbour 71 quietly";
const viaKey = <T extends object>(actor: T) => ({ ...actor, keyId: "key-under-test" });

describe("one's own credentials", () => {
  it("cannot be reset by an administrator for themselves, in the console or through a key", async () => {
    const { user, actor } = await seedUser({ admin: true });
    await expect(resetPassword({ actor, input: { userId: user.id, password: NEW_PASSWORD } })).rejects.toThrow(OWN_CREDENTIALS_NEED_CURRENT_PASSWORD);
    await expect(resetPassword({ actor: viaKey(actor), input: { userId: user.id } })).rejects.toThrow(KEY_CANNOT_CHANGE_OWNER_CREDENTIALS);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(user.passwordHash);
    expect(after.sessionVersion).toBe(user.sessionVersion);
  });

  it("cannot be changed through the owner's key, even one narrowed to users:write, and nothing else of the request sticks", async () => {
    const { user, actor } = await seedUser({ admin: true });
    const narrowed = { ...viaKey(actor), permissions: new Set(["users:write"] as const) };
    await expect(updateUser({ actor: narrowed, input: { userId: user.id, name: "Hijacked", password: NEW_PASSWORD } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateUser({ actor: narrowed, input: { userId: user.id, email: `${unique("thief")}@example.test` } })).rejects.toThrow(KEY_CANNOT_CHANGE_OWNER_CREDENTIALS);
    await expect(updateUser({ actor: viaKey(actor), input: { userId: user.id, email: `${unique("thief")}@example.test` } })).rejects.toThrow(KEY_CANNOT_CHANGE_OWNER_CREDENTIALS);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ name: user.name, email: user.email, passwordHash: user.passwordHash, sessionVersion: user.sessionVersion });
    expect(await db.auditEvent.count({ where: { targetId: user.id } })).toBe(0);
    // A key may still rename its owner, and reset other users' passwords.
    await updateUser({ actor: narrowed, input: { userId: user.id, name: "Renamed Through Key" } });
    const { user: other } = await seedUser();
    await updateUser({ actor: viaKey(actor), input: { userId: other.id, password: NEW_PASSWORD } });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).passwordHash).not.toBe(other.passwordHash);
  });
});
