import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { CANNOT_CHANGE_GROUP, CANNOT_MANAGE } from "@/lib/permissions/escalation";
import { createUser } from "@/lib/users/create-user";
import { deleteUser } from "@/lib/users/delete-user";
import { getUserDetail } from "@/lib/users/queries";
import { resetPassword } from "@/lib/users/reset-password";
import { setUserStatus } from "@/lib/users/set-user-status";
import { updateUser } from "@/lib/users/update-user";
import { TEST_PASSWORD, administratorsGroup, seedGroup, seedUser, unique } from "../helpers/seed";

const details = async (action: string, targetId: string) =>
  JSON.parse((await db.auditEvent.findFirstOrThrow({ where: { action, targetId }, orderBy: { at: "desc" } })).details ?? "null");

describe("creating users", () => {
  it("generates a password when none is given, returns it once and stores only a hash", async () => {
    const { actor } = await seedUser({ permissions: ["users:write", "groups:write", "users:read"] });
    const group = await seedGroup({ permissions: ["users:read"] });
    const { user, generatedPassword } = await createUser({ actor, input: { name: "Grace Hopper", email: `${unique("grace")}@example.test`, groupIds: [group.id] } });
    expect(generatedPassword).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { memberships: true } });
    expect(stored.passwordHash).not.toContain(generatedPassword);
    expect(stored.memberships.map((m) => m.groupId)).toEqual([group.id]);
    expect(await signInWithPassword({ email: user.email, password: generatedPassword! }, "198.51.100.20")).toMatchObject({ id: user.id });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.created", targetId: user.id } });
    expect(event.details).not.toContain(generatedPassword);
    expect(event).toMatchObject({ actorId: actor.userId, ip: "203.0.113.7" });
  });

  it("needs users:write, and groups:write plus the groups' permissions to add to groups", async () => {
    const { actor: reader } = await seedUser({ permissions: ["users:read"] });
    await expect(createUser({ actor: reader, input: { name: "X", email: `${unique("x")}@example.test` } })).rejects.toBeInstanceOf(ForbiddenError);
    const { actor: writer } = await seedUser({ permissions: ["users:write", "groups:write"] });
    const administrators = await administratorsGroup();
    await expect(
      createUser({ actor: writer, input: { name: "Sneaky", email: `${unique("sneaky")}@example.test`, groupIds: [administrators.id] } }),
    ).rejects.toThrow(CANNOT_CHANGE_GROUP);
  });

  it("refuses guessable passwords on the password field", async () => {
    const { actor } = await seedUser({ admin: true });
    await expect(createUser({ actor, input: { name: "Weak", email: `${unique("weak")}@example.test`, password: "password1234" } })).rejects.toMatchObject({
      fieldErrors: { password: [expect.stringMatching(/too easy to guess/)] },
    });
  });
});

describe("editing users", () => {
  it("changes name and email and records before and after", async () => {
    const { actor } = await seedUser({ admin: true });
    const { user } = await seedUser({ name: "Old Name" });
    const email = `${unique("new")}@example.test`;
    const updated = await updateUser({ actor, input: { userId: user.id, name: "New Name", email: email.toUpperCase() } });
    expect(updated).toMatchObject({ name: "New Name", email });
    expect(await details("user.updated", user.id)).toEqual({
      name: { before: "Old Name", after: "New Name" },
      email: { before: user.email, after: email },
    });
    await expect(updateUser({ actor, input: { userId: "missing", name: "X" } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("disables (ending sessions) and enables, with audit events", async () => {
    const { actor } = await seedUser({ admin: true });
    const { user } = await seedUser();
    await setUserStatus({ actor, input: { userId: user.id, status: "DISABLED" } });
    const disabled = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(disabled).toMatchObject({ status: "DISABLED", sessionVersion: user.sessionVersion + 1 });
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, "198.51.100.21")).toBeNull();
    expect(await details("user.disabled", user.id)).toEqual({ status: { before: "ACTIVE", after: "DISABLED" } });
    await setUserStatus({ actor, input: { userId: user.id, status: "ACTIVE" } });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ status: "ACTIVE" });
    expect(await db.auditEvent.count({ where: { action: "user.enabled", targetId: user.id } })).toBe(1);
  });

  it("resets a password: generated or given, never logged, sessions end", async () => {
    const { actor } = await seedUser({ admin: true });
    const { user } = await seedUser();
    const { generatedPassword } = await resetPassword({ actor, input: { userId: user.id } });
    expect(await signInWithPassword({ email: user.email, password: generatedPassword! }, "198.51.100.22")).toMatchObject({ id: user.id });
    await expect(resetPassword({ actor, input: { userId: user.id, password: "qwertyuiop12" } })).rejects.toBeInstanceOf(InvalidError);
    expect(await resetPassword({ actor, input: { userId: user.id, password: "marble Canyon 93 drifting" } })).toEqual({ generatedPassword: null });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 2);
    const events = await db.auditEvent.findMany({ where: { action: "user.password_reset", targetId: user.id } });
    expect(events).toHaveLength(2);
    expect(events.map((event) => event.details).join()).not.toContain(generatedPassword);
  });

  it("lets nobody manage a user who holds more than they do", async () => {
    const { actor: helpdesk } = await seedUser({ permissions: ["users:read", "users:write"] });
    const { user: admin } = await seedUser({ admin: true });
    await expect(resetPassword({ actor: helpdesk, input: { userId: admin.id } })).rejects.toThrow(CANNOT_MANAGE);
    await expect(updateUser({ actor: helpdesk, input: { userId: admin.id, email: `${unique("takeover")}@example.test` } })).rejects.toThrow(CANNOT_MANAGE);
    await expect(setUserStatus({ actor: helpdesk, input: { userId: admin.id, status: "DISABLED" } })).rejects.toThrow(CANNOT_MANAGE);
    await expect(deleteUser({ actor: helpdesk, input: { userId: admin.id } })).rejects.toThrow(CANNOT_MANAGE);
    // A peer with no more than the helpdesk holds is fine.
    const { user: peer } = await seedUser({ permissions: ["users:read"] });
    await setUserStatus({ actor: helpdesk, input: { userId: peer.id, status: "DISABLED" } });
  });
});

describe("deleting users", () => {
  it("revokes their keys, removes memberships and keeps their audit history", async () => {
    const { actor } = await seedUser({ admin: true });
    const { user, actor: doomed } = await seedUser({ permissions: ["users:read", "users:write"] });
    await updateUser({ actor: doomed, input: { userId: user.id, name: "Before Deletion" } });
    const key = await db.apiKey.create({ data: { userId: user.id, name: "ci", prefix: "lk_abcdef", hash: unique("hash") } });
    await db.apiKey.create({ data: { userId: user.id, name: "old", prefix: "lk_zzzzzz", hash: unique("hash"), status: "REVOKED", revokedAt: new Date() } });

    await deleteUser({ actor, input: { userId: user.id } });
    expect(await db.user.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await db.apiKey.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
    const revoked = await db.auditEvent.findMany({ where: { action: "api_key.revoked", targetId: key.id } });
    expect(revoked).toHaveLength(1);
    expect(JSON.parse(revoked[0].details!)).toMatchObject({ reason: "owner deleted", owner: user.email });
    expect(await details("user.deleted", user.id)).toMatchObject({ email: user.email, revokedApiKeys: 1 });
    // What they did stays, attributed by email.
    const theirs = await db.auditEvent.findFirstOrThrow({ where: { action: "user.updated", targetId: user.id } });
    expect(theirs).toMatchObject({ actorId: null, actorEmail: user.email });
    await expect(deleteUser({ actor, input: { userId: user.id } })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("user detail", () => {
  it("lists groups and each effective permission with the groups granting it", async () => {
    const { user } = await seedUser();
    const readers = await seedGroup({ name: unique("Readers"), permissions: ["users:read", "groups:read"] });
    const auditors = await seedGroup({ name: unique("Auditors"), permissions: ["audit:read", "users:read"] });
    await db.membership.createMany({ data: [readers, auditors].map((group) => ({ userId: user.id, groupId: group.id })) });
    const { actor } = await seedUser({ permissions: ["users:read"] });
    const detail = await getUserDetail({ actor, userId: user.id });
    expect(detail?.groups.map((group) => group.name).sort()).toEqual([readers.name, auditors.name].sort());
    const byPermission = Object.fromEntries(detail!.permissions.map((entry) => [entry.permission, entry.grantedBy.map((g) => g.name).sort()]));
    expect(byPermission).toEqual({
      "users:read": [readers.name, auditors.name].sort(),
      "groups:read": [readers.name],
      "audit:read": [auditors.name],
    });
    expect(await getUserDetail({ actor, userId: "nobody" })).toBeNull();
  });
});
