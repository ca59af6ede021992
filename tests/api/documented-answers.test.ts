// The check every api() answer goes through (tests/helpers/documented-answers.ts) can fail: a
// real answer passes, and the same answer with an undocumented status, a body off its
// schema, a bad or missing required header, or the wrong media type does not.
import { describe, expect, it } from "vitest";
import { api, seedKey, type ApiAnswer } from "../helpers/api";
import { expectDocumented } from "../helpers/documented-answers";
import { seedUser } from "../helpers/seed";

const url = new URL("http://localhost/api/v1/me");

function altered(answer: ApiAnswer, change: { status?: number; body?: unknown; headers?: Record<string, string | null> }) {
  const headers = new Headers(answer.headers);
  for (const [name, value] of Object.entries(change.headers ?? {})) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  return { ...answer, status: change.status ?? answer.status, body: "body" in change ? change.body : answer.body, headers };
}

describe("the documented-answer check", () => {
  it("passes real answers and fails altered ones", async () => {
    const { user } = await seedUser();
    const { key } = await seedKey(user.id);
    const ok = await api("/api/v1/me", { key });
    const refused = await api("/api/v1/me");
    expect(() => expectDocumented("GET", url, ok)).not.toThrow();
    expect(() => expectDocumented("GET", url, refused)).not.toThrow();

    expect(() => expectDocumented("GET", url, altered(ok, { status: 418 }))).toThrow(/status not documented/);
    expect(() => expectDocumented("GET", url, altered(ok, { body: { ...ok.body, permissions: ["root"] } }))).toThrow(/body/);
    expect(() => expectDocumented("GET", url, altered(ok, { body: { ...ok.body, id: undefined } }))).toThrow(/body/);
    expect(() => expectDocumented("GET", url, altered(ok, { headers: { etag: null } }))).toThrow(/ETag missing/);
    expect(() => expectDocumented("GET", url, altered(ok, { headers: { "ratelimit-remaining": "many" } }))).toThrow(/RateLimit-Remaining/);
    expect(() => expectDocumented("GET", url, altered(ok, { headers: { "content-type": "text/html" } }))).toThrow(/content type/);
    expect(() => expectDocumented("GET", url, altered(refused, { headers: { "www-authenticate": null } }))).toThrow(/WWW-Authenticate missing/);
    expect(() => expectDocumented("GET", url, altered(refused, { body: { ...refused.body, code: "oops" } }))).toThrow(/body/);
  });
});
