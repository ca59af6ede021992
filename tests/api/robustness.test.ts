import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Operation } from "@/lib/api/operation";
import { operations } from "@/lib/api/operations";
import { api, seedKey, seedServiceToken } from "../helpers/api";
import { seedGroup, seedService, seedUser } from "../helpers/seed";

const mutating = operations.filter((operation) => operation.method !== "get");
const withBody = mutating.filter((operation) => operation.body);

/** What the operation authenticates with: an administrator's key, or a service's token (the verify API). */
async function credentialFor(operation: Operation) {
  if (operation.authentication === "service-token") return (await seedServiceToken((await seedService()).service.id)).token;
  const { user } = await seedUser({ admin: true });
  // A generous limit: these tests send many requests with one key.
  return (await seedKey(user.id, { rateLimit: 100_000 })).key;
}

/** The operation's path with its {params} filled from `values` (in order of appearance). */
function pathOf(operation: Operation, values: string[]): string {
  let index = 0;
  return "/api/v1" + operation.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[index++ % values.length]));
}

function expectClientError(status: number, text: string, label: string) {
  expect(status, `${label}: ${text}`).toBeGreaterThanOrEqual(200);
  expect(status, `${label}: ${text}`).toBeLessThan(500);
  expect(text, label).not.toMatch(/at .*\.(js|ts):\d+|PrismaClient|Invalid `/);
}

describe("request bodies", () => {
  it("lists the mutating routes it exercises", () => {
    expect(mutating.map((operation) => `${operation.method} ${operation.path}`)).toContain("delete /api-keys/{id}");
  });

  for (const operation of withBody) {
    const label = `${operation.method.toUpperCase()} ${operation.path}`;
    it(`${label}: malformed JSON, wrong type, oversized and unknown fields are 4xx problems`, async () => {
      const key = await credentialFor(operation);
      const { user } = await seedUser();
      const group = await seedGroup();
      const path = pathOf(operation, [group.id, user.id]);
      const malformed = await api(path, { key, method: operation.method, body: "{not json", headers: { "Content-Type": "application/json" } });
      expect(malformed.status, label).toBe(400);
      const wrongType = await api(path, { key, method: operation.method, body: "name=x", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
      expect(wrongType.status, label).toBe(415);
      const huge = await api(path, { key, method: operation.method, body: JSON.stringify({ name: "x".repeat(1_100_000) }) });
      expect(huge.status, label).toBe(413);
      const unknown = await api(path, { key, method: operation.method, body: { surprise: true } });
      expect(unknown.status, label).toBe(422);
      expect(unknown.headers.get("content-type")).toContain("application/problem+json");
      expect(JSON.stringify(unknown.body?.errors), label).toContain("surprise");
    });
  }
});

describe("random input never causes a 5xx", () => {
  for (const operation of mutating) {
    const label = `${operation.method.toUpperCase()} ${operation.path}`;
    it(label, async () => {
      const key = await credentialFor(operation);
      const { user } = await seedUser();
      const group = await seedGroup({ permissions: ["users:read"] });
      const { row } = await seedKey(user.id);
      const ids = fc.oneof(fc.constantFrom(user.id, group.id, row.id, "does-not-exist"), fc.string({ maxLength: 40 }).filter((s) => s.length > 0));
      await fc.assert(
        fc.asyncProperty(fc.array(ids, { minLength: 2, maxLength: 2 }), fc.jsonValue({ maxDepth: 3 }), async (params, body) => {
          const answer = await api(pathOf(operation, params), { key, method: operation.method, body: operation.body ? body : undefined });
          expectClientError(answer.status, answer.text, label);
        }),
        { numRuns: 40 },
      );
    }, 120_000);
  }
});
