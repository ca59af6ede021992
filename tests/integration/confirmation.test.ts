// Issue 10, point 12: sensitive actions from a console session confirmed more than 15 minutes
// ago ask for the password (or a second-factor code) again ("sudo mode").
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { disableApiKey, enableApiKey } from "@/lib/api-keys/set-api-key-status";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ConfirmationRequiredError, InvalidError } from "@/lib/errors";
import { deleteGroup } from "@/lib/groups/delete-group";
import { removeMember } from "@/lib/groups/members";
import { CONFIRMATION_WINDOW_MS, confirmAccess } from "@/lib/sessions/confirmation";
import { endUserSessions } from "@/lib/sessions/end-session";
import { startSession } from "@/lib/sessions/start-session";
import { confirmTwoFactorEnrolment, disableTwoFactor, startTwoFactorEnrolment } from "@/lib/two-factor/enrolment";
import { deleteUser } from "@/lib/users/delete-user";
import { resetPassword } from "@/lib/users/reset-password";
import { setUserStatus } from "@/lib/users/set-user-status";
import { updateUser } from "@/lib/users/update-user";
import { TEST_PASSWORD, seedGroup, seedUser, unique } from "../helpers/seed";

const newKey = () => ({ name: unique("key"), description: "", expiration: "1y" as const, access: "inherit" as const, scopes: [] });

/** The user's actor through a console session last confirmed `minutesAgo` minutes ago. */
async function consoleActor(actor: Actor, minutesAgo: number): Promise<Actor> {
  const { id } = await startSession({ userId: actor.userId, userAgent: "test", ip: actor.ip });
  await db.session.update({ where: { id }, data: { confirmedAt: new Date(Date.now() - minutesAgo * 60_000) } });
  return { ...actor, sessionId: id };
}

describe("a console session confirmed more than 15 minutes ago", () => {
  it("is asked to confirm before creating a key, and may go on once the password is entered again", async () => {
    const { actor } = await seedUser({ permissions: ["api_keys:create"] });
    const stale = await consoleActor(actor, CONFIRMATION_WINDOW_MS / 60_000 + 1);
    await expect(createApiKey({ actor: stale, input: newKey() })).rejects.toBeInstanceOf(ConfirmationRequiredError);
    expect(await db.apiKey.count({ where: { userId: actor.userId } })).toBe(0);

    await expect(confirmAccess({ actor: stale, input: { password: "not my password at all" } })).rejects.toBeInstanceOf(InvalidError);
    await expect(createApiKey({ actor: stale, input: newKey() })).rejects.toBeInstanceOf(ConfirmationRequiredError);
    await confirmAccess({ actor: stale, input: { password: TEST_PASSWORD } });
    await createApiKey({ actor: stale, input: newKey() });
    expect(await db.apiKey.count({ where: { userId: actor.userId } })).toBe(1);
  });

  it("may confirm with a code from the authenticator app instead", async () => {
    const { actor } = await seedUser({ permissions: ["api_keys:create"] });
    const fresh = await consoleActor(actor, 0);
    const { secret } = await startTwoFactorEnrolment({ actor: fresh });
    await confirmTwoFactorEnrolment({ actor: fresh, input: { code: await generate({ secret, epoch: Math.floor(Date.now() / 1000) - 30 }) } });
    const stale = await consoleActor(actor, 20);
    await expect(disableTwoFactor({ actor: stale })).rejects.toBeInstanceOf(ConfirmationRequiredError);
    await expect(confirmAccess({ actor: stale, input: { code: "000000" } })).rejects.toBeInstanceOf(InvalidError);
    await confirmAccess({ actor: stale, input: { code: await generate({ secret }) } });
    await disableTwoFactor({ actor: stale });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).totpEnabledAt).toBeNull();
  });

  it("is asked before every sensitive action, and changes nothing until it confirms", async () => {
    const admin = await seedUser({ admin: true });
    const stale = await consoleActor(admin.actor, 16);
    const { user: target } = await seedUser();
    const group = await seedGroup();
    await db.membership.create({ data: { userId: target.id, groupId: group.id } });
    const { key: ownKey } = await createApiKey({ actor: admin.actor, input: newKey() });
    await disableApiKey({ actor: admin.actor, input: { id: ownKey.id } });
    const other = await seedUser({ permissions: ["api_keys:create"] });
    const { key: othersKey } = await createApiKey({ actor: other.actor, input: newKey() });

    const attempts: Array<[string, () => Promise<unknown>]> = [
      ["create a key", () => createApiKey({ actor: stale, input: newKey() })],
      ["enable a disabled key", () => enableApiKey({ actor: stale, input: { id: ownKey.id } })],
      ["revoke another user's key", () => revokeApiKey({ actor: stale, input: { id: othersKey.id } })],
      ["set up two-factor authentication", () => startTwoFactorEnrolment({ actor: stale })],
      ["change a user's email", () => updateUser({ actor: stale, input: { userId: target.id, email: `${unique("moved")}@example.test` } })],
      ["disable a user", () => setUserStatus({ actor: stale, input: { userId: target.id, status: "DISABLED" } })],
      ["delete a user", () => deleteUser({ actor: stale, input: { userId: target.id } })],
      ["reset a password", () => resetPassword({ actor: stale, input: { userId: target.id } })],
      ["sign a user out everywhere", () => endUserSessions({ actor: stale, input: { userId: target.id } })],
      ["remove a member", () => removeMember({ actor: stale, input: { groupId: group.id, userId: target.id } })],
      ["delete a group", () => deleteGroup({ actor: stale, input: { groupId: group.id } })],
    ];
    for (const [what, attempt] of attempts) {
      await expect(attempt(), what).rejects.toBeInstanceOf(ConfirmationRequiredError);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ status: "ACTIVE", email: target.email, passwordHash: target.passwordHash });
    expect(await db.membership.count({ where: { groupId: group.id } })).toBe(1);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: othersKey.id } })).status).toBe("ACTIVE");
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: ownKey.id } })).status).toBe("DISABLED");

    // Not sensitive: renaming, revoking one's own key.
    await updateUser({ actor: stale, input: { userId: target.id, name: "Renamed" } });
    await revokeApiKey({ actor: stale, input: { id: ownKey.id } });
  });

  it("within 15 minutes, and for API keys (no one to ask), nothing is asked", async () => {
    const { actor } = await seedUser({ permissions: ["api_keys:create"] });
    await createApiKey({ actor: await consoleActor(actor, 14), input: newKey() });
    const admin = await seedUser({ admin: true });
    const { user: target } = await seedUser();
    await setUserStatus({ actor: { ...admin.actor, keyId: "key" }, input: { userId: target.id, status: "DISABLED" } });
  });
});
