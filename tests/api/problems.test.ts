// Problems a program can tell apart: each carries a stable `code` and a `type` naming it
// (lib/api/problem-codes.ts), beside the status and the text a person reads.
import { request } from "node:http";
import { describe, expect, inject, it } from "vitest";
import { api, seedKey, type ApiAnswer } from "../helpers/api";
import { seedUser, unique } from "../helpers/seed";

async function adminKey() {
  const { user } = await seedUser({ admin: true });
  return (await seedKey(user.id, { rateLimit: 100_000 })).key;
}

function expectProblem(answer: ApiAnswer, status: number, code: string) {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get("content-type")).toContain("application/problem+json");
  expect(answer.body).toMatchObject({ status, code, type: `/docs/api#problem-${code}`, requestId: answer.headers.get("x-request-id") });
}

/**
 * POSTs more than the body limit with node:http, which, unlike fetch, still reads the answer
 * when the server refuses before the upload ends and closes the connection meanwhile (the
 * adapter drains an unread body for 500 ms at most: on a busy machine the upload outlasts it).
 */
function postOversized(path: string, key: string): Promise<{ status: number; type: string; body: Record<string, unknown> }> {
  const body = JSON.stringify({ name: "x".repeat(1_100_000) });
  return new Promise((resolve, reject) => {
    const sent = request(`${inject("apiServers")[0]}${path}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
    });
    sent.on("response", (answer) => {
      let text = "";
      answer.on("data", (chunk: Buffer) => (text += chunk.toString()));
      answer.on("end", () => resolve({ status: answer.statusCode!, type: answer.headers["content-type"] ?? "", body: JSON.parse(text) as Record<string, unknown> }));
    });
    sent.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
    });
    sent.end(body);
  });
}

describe("problem codes", () => {
  it("name what is wrong with the credentials and the request", async () => {
    const key = await adminKey();
    const missing = await api("/api/v1/me");
    expectProblem(missing, 401, "unauthorized");
    expect(missing.headers.get("www-authenticate")).toBe('Bearer realm="latchkey"');

    const { user } = await seedUser({ permissions: ["users:read"] });
    const reader = (await seedKey(user.id)).key;
    expectProblem(await api("/api/v1/groups", { key: reader }), 403, "permission_missing");
    expectProblem(await api("/api/v1/users/does-not-exist", { key }), 404, "not_found");
    expectProblem(await api("/api/v1/users", { key, method: "DELETE" }), 405, "method_not_allowed");
    expectProblem(await api("/api/v1/groups", { key, method: "POST", body: "{", headers: { "Content-Type": "application/json" } }), 400, "malformed_json");
    expectProblem(await api("/api/v1/groups", { key, method: "POST", body: "name=x", headers: { "Content-Type": "text/plain" } }), 415, "unsupported_media_type");
    const oversized = await postOversized("/api/v1/groups", key);
    expect(oversized.status).toBe(413);
    expect(oversized.type).toContain("application/problem+json");
    expect(oversized.body).toMatchObject({ status: 413, code: "body_too_large", type: "/docs/api#problem-body_too_large" });
    expectProblem(await api("/api/v1/groups", { key, method: "POST", body: { name: "" } }), 422, "validation_failed");
  });

  it("answer 404 for a path id that is only blanks (never 422 from a lib's own trim)", async () => {
    const key = await adminKey();
    for (const [method, path] of [
      ["DELETE", "/api/v1/api-keys/%20"],
      ["GET", "/api/v1/users/%20%20"],
      ["PATCH", "/api/v1/groups/%20"],
      ["DELETE", "/api/v1/services/%09"],
    ] as const) {
      const body = method === "PATCH" ? { name: "x" } : undefined;
      expectProblem(await api(path, { key, method, body }), 404, "not_found");
    }
  });

  it("tell apart why a known key is refused", async () => {
    const { user } = await seedUser({ admin: true });
    expectProblem(await api("/api/v1/me", { key: (await seedKey(user.id, { status: "REVOKED" })).key }), 403, "key_revoked");
    expectProblem(await api("/api/v1/me", { key: (await seedKey(user.id, { status: "DISABLED" })).key }), 403, "key_disabled");
    expectProblem(await api("/api/v1/me", { key: (await seedKey(user.id, { expiresAt: new Date(Date.now() - 60_000) })).key }), 403, "key_expired");
    const { user: disabled } = await seedUser({ admin: true, status: "DISABLED" });
    expectProblem(await api("/api/v1/me", { key: (await seedKey(disabled.id)).key }), 403, "owner_disabled");
  });

  it("tell the conflicts apart", async () => {
    const key = await adminKey();
    const email = `${unique("taken")}@example.test`;
    await api("/api/v1/users", { key, method: "POST", body: { name: "First", email } });
    expectProblem(await api("/api/v1/users", { key, method: "POST", body: { name: "Second", email } }), 409, "email_taken");
    const name = unique("Taken");
    await api("/api/v1/groups", { key, method: "POST", body: { name } });
    expectProblem(await api("/api/v1/groups", { key, method: "POST", body: { name } }), 409, "group_name_taken");
  });

  it("answer 404 for an id too long to be one, as for any id that names nothing", async () => {
    const key = await adminKey();
    const long = "x".repeat(65);
    for (const [path, method] of [
      [`/api/v1/users/${long}`, "GET"],
      [`/api/v1/users/${long}`, "PATCH"],
      [`/api/v1/groups/${long}/members/${long}`, "PUT"],
      [`/api/v1/api-keys/${long}`, "DELETE"],
    ]) {
      expectProblem(await api(path, { key, method, body: method === "PATCH" ? { name: "Nobody" } : undefined }), 404, "not_found");
    }
  });
});
