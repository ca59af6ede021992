// Every /api/v1 operation × every kind of caller, with the exact status expected. Operations
// authenticated by a key meet every kind of key; the verify API, which a service calls with
// its token, meets every kind of token and an API key in its place (always 401).
import { describe, expect, it } from "vitest";
import { operations } from "@/lib/api/operations";
import { generateApiKey } from "@/lib/api-keys/format";
import { db } from "@/lib/db";
import { BUILT_IN_PERMISSIONS, type Permission } from "@/lib/permissions/catalogue";
import type { Authentication } from "@/lib/api/operation";
import { generateServiceToken } from "@/lib/services/token-format";
import { api, seedKey, seedServiceToken } from "../helpers/api";
import { seedGroup, seedService, seedUser, unique } from "../helpers/seed";

type Request = { path: string; body?: unknown };
type Sample = { success: number; prepare: (ownerId: string) => Promise<Request> };

/** A valid request for each operation, made against fresh data, and its success status. */
// Groups in the samples grant audit:read, so that a caller lacking it meets the one group
// rule: you may change a group only if you hold every permission it grants.
const auditGroup = () => seedGroup({ permissions: ["audit:read"] });

const samples: Record<string, Sample> = {
  "get /me": { success: 200, prepare: async () => ({ path: "/me" }) },
  "get /users": { success: 200, prepare: async () => ({ path: "/users?limit=5" }) },
  "post /users": { success: 201, prepare: async () => ({ path: "/users", body: { name: "Matrix", email: `${unique("m")}@example.test` } }) },
  "get /users/{id}": { success: 200, prepare: async () => ({ path: `/users/${(await seedUser()).user.id}` }) },
  "patch /users/{id}": { success: 200, prepare: async () => ({ path: `/users/${(await seedUser()).user.id}`, body: { name: "Renamed" } }) },
  "delete /users/{id}": { success: 204, prepare: async () => ({ path: `/users/${(await seedUser()).user.id}` }) },
  "get /groups": { success: 200, prepare: async () => ({ path: "/groups" }) },
  "post /groups": { success: 201, prepare: async () => ({ path: "/groups", body: { name: unique("Group") } }) },
  "get /groups/{id}": { success: 200, prepare: async () => ({ path: `/groups/${(await seedGroup()).id}` }) },
  "patch /groups/{id}": { success: 200, prepare: async () => ({ path: `/groups/${(await auditGroup()).id}`, body: { name: unique("Renamed") } }) },
  "delete /groups/{id}": { success: 204, prepare: async () => ({ path: `/groups/${(await auditGroup()).id}` }) },
  "put /groups/{id}/members/{userId}": {
    success: 204,
    prepare: async () => ({ path: `/groups/${(await auditGroup()).id}/members/${(await seedUser()).user.id}` }),
  },
  "delete /groups/{id}/members/{userId}": {
    success: 204,
    prepare: async () => {
      const { user } = await seedUser({ permissions: ["audit:read"] });
      const membership = await db.membership.findFirstOrThrow({ where: { userId: user.id } });
      return { path: `/groups/${membership.groupId}/members/${user.id}` };
    },
  },
  "put /groups/{id}/permissions": { success: 200, prepare: async () => ({ path: `/groups/${(await auditGroup()).id}/permissions`, body: { permissions: ["users:read"] } }) },
  "get /api-keys": { success: 200, prepare: async () => ({ path: "/api-keys" }) },
  "delete /api-keys/{id}": { success: 200, prepare: async (ownerId) => ({ path: `/api-keys/${(await seedKey(ownerId)).row.id}` }) },
  "get /audit-events": { success: 200, prepare: async () => ({ path: "/audit-events?limit=5" }) },
  "get /services": { success: 200, prepare: async () => ({ path: "/services?limit=5" }) },
  "post /services": {
    success: 201,
    prepare: async () => ({ path: "/services", body: { name: "Matrix", slug: unique("m").toLowerCase(), permissions: [{ name: "read" }] } }),
  },
  "get /services/{id}": { success: 200, prepare: async () => ({ path: `/services/${(await seedService()).service.id}` }) },
  "patch /services/{id}": { success: 200, prepare: async () => ({ path: `/services/${(await seedService()).service.id}`, body: { name: "Renamed" } }) },
  "delete /services/{id}": { success: 204, prepare: async () => ({ path: `/services/${(await seedService()).service.id}` }) },
  "put /services/{id}/permissions": {
    success: 200,
    prepare: async () => ({ path: `/services/${(await seedService()).service.id}/permissions`, body: { permissions: [{ name: "write" }] } }),
  },
  "post /keys/verify": { success: 200, prepare: async (ownerId) => ({ path: "/keys/verify", body: { key: (await seedKey(ownerId)).key } }) },
};

type Operation = { method: string; path: string; permissions: readonly Permission[]; authentication: Authentication };
type Caller = { label: string; status: (operation: Operation, success: number) => number; key: (ownerId: string, operation: Operation) => Promise<string | undefined> };

const keyCallers: Caller[] = [
  { label: "no key", status: () => 401, key: async () => undefined },
  { label: "malformed key", status: () => 401, key: async () => "lk_not-a-real-key" },
  { label: "unknown key", status: () => 401, key: async () => generateApiKey() },
  { label: "expired key", status: () => 403, key: async (ownerId) => (await seedKey(ownerId, { expiresAt: new Date(Date.now() - 60_000) })).key },
  { label: "revoked key", status: () => 403, key: async (ownerId) => (await seedKey(ownerId, { status: "REVOKED" })).key },
  { label: "disabled key", status: () => 403, key: async (ownerId) => (await seedKey(ownerId, { status: "DISABLED" })).key },
  {
    label: "owner disabled",
    status: () => 403,
    key: async () => (await seedKey((await seedUser({ admin: true, status: "DISABLED" })).user.id)).key,
  },
  {
    label: "narrowed scope without the operation's permissions",
    status: (operation, success) => (operation.permissions.length ? 403 : success),
    key: async (ownerId, operation) => (await seedKey(ownerId, { scopes: BUILT_IN_PERMISSIONS.filter((p) => !operation.permissions.includes(p)) })).key,
  },
  {
    // Key management needs the key itself to hold api_keys:create (own keys): users:read alone reads users.
    label: "scoped to users:read only",
    status: (operation, success) => (operation.permissions.includes("users:read") || operation.path === "/me" ? success : 403),
    key: async (ownerId) => (await seedKey(ownerId, { scopes: ["users:read"] })).key,
  },
  {
    // A user (not the samples' owner) holding groups:write but not what the sample groups grant.
    label: "groups:write without the group's permissions",
    status: (operation, success) => {
      const held: Permission[] = ["groups:read", "groups:write", "users:read"];
      if (operation.permissions.length && !operation.permissions.some((permission) => held.includes(permission))) return 403;
      if (operation.path === "/api-keys") return 403; // the owner lacks api_keys:create
      if (operation.path === "/api-keys/{id}") return 404; // someone else's key
      const changesAGroup = operation.path.startsWith("/groups/{id}") && operation.method !== "get";
      return changesAGroup ? 403 : success;
    },
    key: async () => (await seedKey((await seedUser({ permissions: ["groups:read", "groups:write", "users:read"] })).user.id)).key,
  },
  { label: "full access", status: (_, success) => success, key: async (ownerId) => (await seedKey(ownerId)).key },
];

const tokenOfNewService = async (options: { revoked?: boolean } = {}) => (await seedServiceToken((await seedService()).service.id, options)).token;

const tokenCallers: Caller[] = [
  { label: "no token", status: () => 401, key: async () => undefined },
  { label: "malformed token", status: () => 401, key: async () => "lks_not-a-real-token" },
  { label: "unknown token", status: () => 401, key: async () => generateServiceToken() },
  { label: "revoked token", status: () => 401, key: async () => tokenOfNewService({ revoked: true }) },
  { label: "an administrator's API key instead of a token", status: () => 401, key: async (ownerId) => (await seedKey(ownerId)).key },
  { label: "a service's token", status: (_, success) => success, key: async () => tokenOfNewService() },
];

const callersOf = (operation: Operation) => (operation.authentication === "service-token" ? tokenCallers : keyCallers);

describe("authorization matrix", () => {
  it("has a sample request for every documented operation", () => {
    expect(Object.keys(samples).sort()).toEqual(operations.map((operation) => `${operation.method} ${operation.path}`).sort());
  });

  it("authenticates the verify API, and only it, by service token (with no key permission)", () => {
    const byToken = operations.filter((operation) => operation.authentication === "service-token");
    expect(byToken.map((operation) => `${operation.method} ${operation.path}`)).toEqual(["post /keys/verify"]);
    expect(byToken.every((operation) => operation.permissions.length === 0)).toBe(true);
  });

  for (const operation of operations) {
    const name = `${operation.method} ${operation.path}`;
    it(name, async () => {
      const sample = samples[name];
      const { user: owner } = await seedUser({ admin: true });
      const seen: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const caller of callersOf(operation)) {
        const request = await sample.prepare(owner.id);
        const answer = await api(`/api/v1${request.path}`, { method: operation.method.toUpperCase(), key: await caller.key(owner.id, operation), body: request.body });
        seen[caller.label] = answer.status;
        expected[caller.label] = caller.status(operation, sample.success);
        if (caller.label.startsWith("narrowed")) for (const permission of operation.permissions) expect(answer.body?.detail).toContain(permission);
      }
      expect(seen).toEqual(expected);
    }, 60_000);
  }
});
