import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { hashServiceToken, isWellFormedServiceToken, tokenDisplayPrefix } from "@/lib/services/token-format";
import { createServiceToken, listServiceTokens, revokeServiceToken } from "@/lib/services/tokens";
import { verifyServiceToken } from "@/lib/services/verify-token";
import { seedService, seedUser, unique } from "../helpers/seed";

const writer = () => seedUser({ permissions: ["services:write"] });

describe("createServiceToken", () => {
  it("returns a well-formed lks_ token once and stores only its SHA-256 and prefix", async () => {
    const { user, actor } = await writer();
    const { service } = await seedService();
    const { token, plaintext } = await createServiceToken({ actor, input: { serviceId: service.id, name: "  Billing backend " } });
    expect(isWellFormedServiceToken(plaintext)).toBe(true);
    expect(plaintext).toMatch(/^lks_[0-9A-Za-z]{38}$/);
    expect(token).toMatchObject({ serviceId: service.id, name: "Billing backend", prefix: tokenDisplayPrefix(plaintext), status: "ACTIVE", lastUsedAt: null, revokedAt: null });
    expect(token).not.toHaveProperty("hash");

    const row = await db.serviceToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.hash).toBe(hashServiceToken(plaintext));
    expect(row.createdById).toBe(user.id);
    // The plaintext is nowhere in the database: not in the row, not in the audit event.
    expect(JSON.stringify(row)).not.toContain(plaintext);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "service_token.created", targetId: service.id } });
    expect(audit).toMatchObject({ actorId: user.id, targetType: "service", targetLabel: service.slug });
    expect(JSON.parse(audit.details!)).toEqual({ tokenId: token.id, name: "Billing backend", prefix: token.prefix });
    expect(JSON.stringify(audit)).not.toContain(plaintext.slice(tokenDisplayPrefix(plaintext).length));

    // The listing shows the token, never its plaintext again.
    const listed = await listServiceTokens({ actor, serviceId: service.id });
    expect(listed).toEqual([token]);
    expect(JSON.stringify(listed)).not.toContain(plaintext);
    expect(await verifyServiceToken(new Headers({ authorization: `Bearer ${plaintext}` }))).toMatchObject({ tokenId: token.id, serviceId: service.id, slug: service.slug });
  });

  it("needs services:write, a console actor (not an API key), a known service and a name", async () => {
    const { service } = await seedService();
    const { actor: reader } = await seedUser({ permissions: ["services:read"] });
    await expect(createServiceToken({ actor: reader, input: { serviceId: service.id, name: "x" } })).rejects.toMatchObject({ code: "permission_missing" });
    const { actor } = await writer();
    await expect(createServiceToken({ actor: { ...actor, keyId: "some-key" }, input: { serviceId: service.id, name: "x" } })).rejects.toThrow(ForbiddenError);
    await expect(createServiceToken({ actor, input: { serviceId: "no-such-service", name: "x" } })).rejects.toThrow(NotFoundError);
    await expect(createServiceToken({ actor, input: { serviceId: service.id, name: "  " } })).rejects.toThrow();
    await expect(createServiceToken({ actor, input: { serviceId: service.id, name: "bad\u202Ename" } })).rejects.toThrow();
    expect(await db.serviceToken.count({ where: { serviceId: service.id } })).toBe(0);
  });
});

describe("revokeServiceToken", () => {
  it("revokes once, audited against the service; the token stays listed and stops verifying", async () => {
    const { actor } = await writer();
    const { service } = await seedService();
    const { token, plaintext } = await createServiceToken({ actor, input: { serviceId: service.id, name: unique("t") } });
    const revoked = await revokeServiceToken({ actor, input: { tokenId: token.id } });
    expect(revoked).toMatchObject({ id: token.id, status: "REVOKED", revokedAt: expect.any(Date) });
    // Twice changes nothing and records nothing more.
    expect(await revokeServiceToken({ actor, input: { tokenId: token.id } })).toEqual(revoked);
    expect(await db.auditEvent.count({ where: { action: "service_token.revoked", targetId: service.id } })).toBe(1);
    expect(await listServiceTokens({ actor, serviceId: service.id })).toEqual([revoked]);
    await expect(verifyServiceToken(new Headers({ "x-api-key": plaintext }))).rejects.toThrow("This service token has been revoked.");
  });

  it("needs services:write; an unknown token is not found", async () => {
    const { actor } = await writer();
    const { service } = await seedService();
    const { token } = await createServiceToken({ actor, input: { serviceId: service.id, name: unique("t") } });
    const { actor: reader } = await seedUser({ permissions: ["services:read"] });
    await expect(revokeServiceToken({ actor: reader, input: { tokenId: token.id } })).rejects.toMatchObject({ code: "permission_missing" });
    expect((await db.serviceToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
    await expect(revokeServiceToken({ actor, input: { tokenId: "no-such-token" } })).rejects.toThrow(NotFoundError);
  });
});

describe("listServiceTokens", () => {
  it("serves services:read and services:write, newest first, and no one else", async () => {
    const { actor } = await writer();
    const { service } = await seedService();
    const first = await createServiceToken({ actor, input: { serviceId: service.id, name: "first" } });
    const second = await createServiceToken({ actor, input: { serviceId: service.id, name: "second" } });
    const { actor: reader } = await seedUser({ permissions: ["services:read"] });
    const names = (await listServiceTokens({ actor: reader, serviceId: service.id })).map((token) => token.name);
    expect(names.sort()).toEqual(["first", "second"]);
    expect((await listServiceTokens({ actor, serviceId: service.id })).map((token) => token.id)).toContain(first.token.id);
    expect(second.token.id).not.toBe(first.token.id);
    const { actor: nobody } = await seedUser({ permissions: ["users:read"] });
    await expect(listServiceTokens({ actor: nobody, serviceId: service.id })).rejects.toMatchObject({ code: "permission_missing" });
  });
});
