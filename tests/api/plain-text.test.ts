import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { api, seedKey, type ApiAnswer } from "../helpers/api";
import { seedGroup, seedUser, unique } from "../helpers/seed";

// NUL (PostgreSQL refuses it in text), BEL (a C0 control) and RIGHT-TO-LEFT OVERRIDE (which
// makes "Ada\u202Eecila" display as "Adaalice"): each must be refused with a field error.
const BAD_CHARACTERS = { NUL: "\u0000", BEL: "\u0007", RLO: "\u202E" };
const MESSAGE = "Must not contain control characters or text-direction overrides";

async function adminKey() {
  const { user } = await seedUser({ admin: true });
  return (await seedKey(user.id, { rateLimit: 100_000 })).key;
}

/** A 4xx problem+json (never a 500) whose field errors include `field` with the plain-text message. */
function expectFieldError(answer: ApiAnswer, field: string) {
  expect(answer.status, answer.text).toBe(422);
  expect(answer.headers.get("content-type")).toContain("application/problem+json");
  expect(answer.body?.errors, answer.text).toContainEqual({ field, message: MESSAGE });
}

/** A query parameter the API refuses as a 4xx problem+json, not a 500 from the database. */
function expectRefusedQuery(answer: ApiAnswer, field: string) {
  expect(answer.status, answer.text).toBe(422);
  expect(answer.headers.get("content-type")).toContain("application/problem+json");
  expect(JSON.stringify(answer.body?.errors), answer.text).toContain(`"field":"${field}"`);
}

describe("names and descriptions refuse control characters and text-direction overrides", () => {
  for (const [label, bad] of Object.entries(BAD_CHARACTERS)) {
    it(`POST and PATCH /users with ${label} in the name or email`, async () => {
      const key = await adminKey();
      const email = `${unique("plain")}@example.test`;
      expectFieldError(await api("/api/v1/users", { key, method: "POST", body: { name: `Ada${bad}Lovelace`, email } }), "name");
      expectFieldError(await api("/api/v1/users", { key, method: "POST", body: { name: "Ada Lovelace", email: `a${bad}${email}` } }), "email");
      expect(await db.user.count({ where: { email: { contains: email.split("@")[0] } } })).toBe(0);

      const { user } = await seedUser();
      expectFieldError(await api(`/api/v1/users/${user.id}`, { key, method: "PATCH", body: { name: `Renamed${bad}` } }), "name");
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
    });

    it(`POST and PATCH /groups with ${label} in the name or description`, async () => {
      const key = await adminKey();
      const name = unique("Plain");
      expectFieldError(await api("/api/v1/groups", { key, method: "POST", body: { name: `${name}${bad}` } }), "name");
      expectFieldError(await api("/api/v1/groups", { key, method: "POST", body: { name, description: `Hello${bad}` } }), "description");
      expect(await db.group.count({ where: { name: { startsWith: name } } })).toBe(0);

      const group = await seedGroup();
      expectFieldError(await api(`/api/v1/groups/${group.id}`, { key, method: "PATCH", body: { name: `${name}${bad}` } }), "name");
      expectFieldError(await api(`/api/v1/groups/${group.id}`, { key, method: "PATCH", body: { description: `a${bad}b` } }), "description");
      expect(await db.group.findUniqueOrThrow({ where: { id: group.id } })).toMatchObject({ name: group.name, description: group.description });
    });
  }

  it("keeps line breaks and tabs in a description, and accents and right-to-left scripts in names", async () => {
    const key = await adminKey();
    const name = `${unique("Équipe")} שלום`;
    const created = await api("/api/v1/groups", { key, method: "POST", body: { name, description: "First line\n\tSecond line" } });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ name, description: "First line\n\tSecond line" });
    expectFieldError(await api("/api/v1/groups", { key, method: "POST", body: { name: `${unique("Two")}\nLines` } }), "name");
  });
});

describe("search and filter parameters with NUL are refused, not sent to the database", () => {
  const queries: [string, string][] = [
    ["/api/v1/users?q=%00", "q"],
    ["/api/v1/users?q=ada%00", "q"],
    ["/api/v1/groups?q=%00", "q"],
    ["/api/v1/audit-events?action=%00", "action"],
    ["/api/v1/audit-events?actor=%00", "actor"],
    ["/api/v1/audit-events?actorId=%00", "actorId"],
    ["/api/v1/audit-events?targetType=%00", "targetType"],
    ["/api/v1/audit-events?targetId=%00", "targetId"],
    ["/api/v1/api-keys?userId=%00", "userId"],
    ["/api/v1/users?cursor=%00", "cursor"],
    ["/api/v1/groups?cursor=%00", "cursor"],
    ["/api/v1/audit-events?cursor=%00", "cursor"],
    ["/api/v1/api-keys?cursor=%00", "cursor"],
  ];
  for (const [path, field] of queries) {
    it(`GET ${path}`, async () => {
      expectRefusedQuery(await api(path, { key: await adminKey() }), field);
    });
  }

  it("an audit cursor that decodes to an id with NUL is not one the server issued: 400, not 500", async () => {
    const cursor = Buffer.from(JSON.stringify([new Date().toISOString(), "\u0000"])).toString("base64url");
    const answer = await api(`/api/v1/audit-events?cursor=${cursor}`, { key: await adminKey() });
    expect(answer.status, answer.text).toBe(400);
    expect(answer.body?.code).toBe("invalid_cursor");
  });

  it("ids in paths with NUL name nothing: 404, not 500", async () => {
    const key = await adminKey();
    const { user } = await seedUser();
    const group = await seedGroup();
    const answers = [
      await api("/api/v1/users/%00", { key }),
      await api(`/api/v1/users/a%00b`, { key, method: "PATCH", body: { name: "Nobody" } }),
      await api("/api/v1/users/%00", { key, method: "DELETE" }),
      await api("/api/v1/groups/%00", { key }),
      await api(`/api/v1/groups/${group.id}/members/%00`, { key, method: "PUT" }),
      await api(`/api/v1/groups/%00/members/${user.id}`, { key, method: "DELETE" }),
      await api("/api/v1/groups/%00/permissions", { key, method: "PUT", body: { permissions: [] } }),
      await api("/api/v1/api-keys/%00", { key, method: "DELETE" }),
    ];
    for (const answer of answers) {
      expect(answer.status, answer.text).toBe(404);
      expect(answer.headers.get("content-type")).toContain("application/problem+json");
    }
  });
});
