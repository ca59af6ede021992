// Keys bound to services: the binding is stored from the Create API key input, checked against
// what the owner holds, and a bound key is refused on Latchkey's own /api/v1.
import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { CANNOT_BIND } from "@/lib/api-keys/key-access";
import { listOwnApiKeys } from "@/lib/api-keys/queries";
import type { CreateApiKeyInput } from "@/lib/api-keys/schemas";
import { verifyApiKey } from "@/lib/api-keys/verify";
import { apiApp } from "@/lib/api/app";
import { db } from "@/lib/db";
import { actorFor, seedService, seedUser, unique } from "../helpers/seed";

const keyInput = (overrides: Partial<CreateApiKeyInput> = {}): CreateApiKeyInput => ({
  name: unique("key"),
  description: "",
  expiration: "1y",
  access: "inherit",
  scopes: [],
  ...overrides,
});

const bearer = (key: string) => new Headers({ Authorization: `Bearer ${key}` });

describe("keys bound to services", () => {
  it("stores the binding, and the bound key works nowhere on /api/v1", async () => {
    const { service: reports, permissions } = await seedService({ permissions: ["read"] });
    const { service: other } = await seedService({ permissions: ["read"] });
    const { user } = await seedUser({ permissions: ["api_keys:create", "users:read", ...permissions] });
    const actor = await actorFor(user.id);
    const { key, plaintext } = await createApiKey({ actor, input: keyInput({ services: [reports.id] }) });

    const row = await db.apiKey.findUniqueOrThrow({ where: { id: key.id }, select: { serviceBound: true, services: { select: { serviceId: true } } } });
    expect(row).toEqual({ serviceBound: true, services: [{ serviceId: reports.id }] });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "api_key.created", targetId: key.id } });
    expect(JSON.parse(event.details!)).toMatchObject({ boundServices: [reports.slug] });

    const [listed] = await listOwnApiKeys({ actor });
    expect(listed).toMatchObject({ id: key.id, boundServices: [{ id: reports.id, slug: reports.slug, name: reports.name }], serviceUsage: [] });

    const verified = await verifyApiKey(bearer(plaintext), null);
    expect([...verified.boundServiceIds!]).toEqual([reports.id]);
    expect(verified.boundServiceIds!.has(other.id)).toBe(false);

    const answer = await apiApp.request("/api/v1/me", { headers: bearer(plaintext) });
    expect(answer.status).toBe(403);
    expect(await answer.json()).toMatchObject({ code: "key_bound_to_services" });
  });

  it("leaves an unbound key unbound and able to call /api/v1", async () => {
    const { user } = await seedUser({ permissions: ["api_keys:create", "users:read"] });
    const { key, plaintext } = await createApiKey({ actor: await actorFor(user.id), input: keyInput() });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).serviceBound).toBe(false);
    expect((await verifyApiKey(bearer(plaintext), null)).boundServiceIds).toBeNull();
    expect((await apiApp.request("/api/v1/me", { headers: bearer(plaintext) })).status).toBe(200);
  });

  it("refuses to bind to a service the owner holds nothing of, or one that does not exist", async () => {
    const { service } = await seedService({ permissions: ["read"] });
    const { user } = await seedUser({ permissions: ["api_keys:create", "users:read"] });
    const actor = await actorFor(user.id);
    await expect(createApiKey({ actor, input: keyInput({ services: [service.id] }) })).rejects.toMatchObject({ fieldErrors: { services: [CANNOT_BIND] } });
    await expect(createApiKey({ actor, input: keyInput({ services: ["no-such-service"] }) })).rejects.toMatchObject({ fieldErrors: { services: [CANNOT_BIND] } });
    expect(await db.apiKey.count({ where: { userId: user.id } })).toBe(0);
  });
});
