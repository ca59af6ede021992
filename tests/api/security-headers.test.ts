// HTTP-level guarantees over real HTTP against the production build: security headers on
// pages and API answers, no caching of personal data, 405 with Allow, conditional GETs,
// and server actions that cannot be made to fail with a 500.
import { request as httpRequest } from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { api, seedKey } from "../helpers/api";
import { seedUser } from "../helpers/seed";

const PROBLEM = "application/problem+json";

function expectCommonHeaders(headers: Headers, label: string) {
  expect(headers.get("x-content-type-options"), label).toBe("nosniff");
  expect(headers.get("x-frame-options"), label).toBe("DENY");
  expect(headers.get("referrer-policy"), label).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/);
  expect(headers.get("permissions-policy"), label).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(headers.get("content-security-policy"), label).toContain("frame-ancestors 'none'");
  // The test servers run over http: HSTS there would be wrong (and ignored).
  expect(headers.get("strict-transport-security"), label).toBeNull();
}

function directive(policy: string, name: string): string | undefined {
  return policy
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));
}

async function pageAnswer(path: string) {
  const response = await fetch(`${inject("apiServers")[0]}${path}`, { redirect: "manual" });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

async function userKey() {
  const { user } = await seedUser({ admin: true });
  return (await seedKey(user.id, { rateLimit: 100_000 })).key;
}

describe("security headers", () => {
  it("a page's CSP runs scripts only by a per-request nonce that its script tags carry", async () => {
    const first = await pageAnswer("/login");
    const second = await pageAnswer("/login");
    expect(first.status).toBe(200);
    expectCommonHeaders(first.headers, "GET /login");
    const policy = first.headers.get("content-security-policy")!;
    const scripts = directive(policy, "script-src");
    expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    const nonce = /'nonce-([^']+)'/.exec(scripts!)![1];
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    // Every <script> of the page carries the nonce, so the browser runs them.
    const tags = first.text.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, tag).toContain(`nonce="${nonce}"`);
  });

  it("a redirect to sign-in carries the headers too", async () => {
    const answer = await pageAnswer("/admin/users");
    expect(answer.status).toBeGreaterThanOrEqual(300);
    expect(answer.status).toBeLessThan(400);
    expectCommonHeaders(answer.headers, "GET /admin/users (signed out)");
  });

  it("the API reference page runs Scalar by nonce as well", async () => {
    const answer = await pageAnswer("/docs/api");
    expect(answer.status).toBe(200);
    expectCommonHeaders(answer.headers, "GET /docs/api");
    const scripts = directive(answer.headers.get("content-security-policy")!, "script-src")!;
    expect(scripts).not.toContain("'unsafe-inline'");
    const nonce = /'nonce-([^']+)'/.exec(scripts)![1];
    const tags = answer.text.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, tag).toContain(`nonce="${nonce}"`);
  });

  it("API answers (success, problem+json, health) carry nosniff and a default-src 'none' policy", async () => {
    const key = await userKey();
    const answers = {
      "GET /api/v1/me": await api("/api/v1/me", { key }),
      "GET /api/v1/me without a key": await api("/api/v1/me"),
      "GET /api/v1/nowhere": await api("/api/v1/nowhere", { key }),
      "GET /api/health": await api("/api/health"),
      "GET /api/v1/openapi.json": await api("/api/v1/openapi.json"),
    };
    expect(answers["GET /api/v1/me"].status).toBe(200);
    expect(answers["GET /api/v1/me without a key"].headers.get("content-type")).toContain(PROBLEM);
    for (const [label, answer] of Object.entries(answers)) {
      expectCommonHeaders(answer.headers, label);
      expect(answer.headers.get("content-security-policy"), label).toContain("default-src 'none'");
    }
  });
});

describe("caching", () => {
  it("authenticated /api/v1 answers are Cache-Control: no-store", async () => {
    const key = await userKey();
    const { user } = await seedUser();
    for (const path of ["/api/v1/me", "/api/v1/users", `/api/v1/users/${user.id}`, "/api/v1/groups", "/api/v1/api-keys", "/api/v1/audit-events"]) {
      const answer = await api(path, { key });
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get("cache-control"), path).toBe("no-store");
    }
    const created = await api("/api/v1/groups", { key, method: "POST", body: { name: `g-${Date.now()}` } });
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("no-store");
  });

  it("If-None-Match: * does not turn a GET into 304; the current ETag does", async () => {
    const key = await userKey();
    const star = await api("/api/v1/me", { key, headers: { "If-None-Match": "*" } });
    expect(star.status).toBe(200);
    expect(star.body).toMatchObject({ keyId: expect.any(String) });
    const etag = star.headers.get("etag")!;
    expect(etag).toBeTruthy();
    expect((await api("/api/v1/me", { key, headers: { "If-None-Match": etag } })).status).toBe(304);
  });
});

describe("methods", () => {
  it("a method the route does not define answers 405 problem+json with Allow", async () => {
    const key = await userKey();
    const cases: [string, string, string[]][] = [
      ["/api/v1/me", "DELETE", ["GET"]],
      ["/api/v1/users", "DELETE", ["GET", "POST"]],
      ["/api/v1/users/some-id", "PUT", ["GET", "PATCH", "DELETE"]],
      ["/api/v1/groups/some-id/members/other-id", "GET", ["PUT", "DELETE"]],
      ["/api/v1/openapi.json", "POST", ["GET"]],
    ];
    for (const [path, method, allowed] of cases) {
      const label = `${method} ${path}`;
      const answer = await api(path, { key, method });
      expect(answer.status, label).toBe(405);
      expect(answer.headers.get("content-type"), label).toContain(PROBLEM);
      expect(answer.body, label).toMatchObject({ status: 405, title: "Method Not Allowed" });
      const allow = answer.headers.get("allow")!.split(",").map((name) => name.trim());
      for (const name of allowed) expect(allow, label).toContain(name);
      expect(allow, label).not.toContain(method);
      expectCommonHeaders(answer.headers, label);
    }
  });

  // TRACE never reaches Next's code (no fetch Request can carry it): the node:http server in
  // front answers it (lib/http/unsupported-methods.ts). fetch refuses to send TRACE, so node:http does.
  it("TRACE answers 405 problem+json with Allow, never 500", async () => {
    const answer = await new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
      const request = httpRequest(`${inject("apiServers")[0]}/api/v1/me`, { method: "TRACE" }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      });
      request.on("error", reject);
      request.end();
    });
    expect(answer.status).toBe(405);
    expect(answer.headers["content-type"]).toContain(PROBLEM);
    expect(answer.headers.allow).toContain("GET");
    expect(JSON.parse(answer.body)).toMatchObject({ status: 405, title: "Method Not Allowed" });
  });
});

describe("server actions", () => {
  const base = () => inject("apiServers")[0];
  // A real action of the users page, from the build the servers run, and one that does not exist.
  const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../.next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown> }>;
  };
  const realAction = Object.entries(manifest.node).find(([, entry]) => "app/(console)/admin/users/page" in entry.workers)![0];
  const unknownAction = "7f".repeat(21);

  async function postAction(headers: Record<string, string>, body: string, actionId = realAction) {
    const response = await fetch(`${base()}/admin/users`, {
      method: "POST",
      redirect: "manual",
      headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", ...headers },
      body,
    });
    return { status: response.status, text: await response.text() };
  }

  it("a malformed server-action body is a 4xx, never a 500", async () => {
    for (const actionId of [realAction, unknownAction]) {
      for (const body of ["\u0000garbage{{{", "[", '{"0":"$@xyz"}', '["$K1"]']) {
        const label = `${actionId} ${JSON.stringify(body)}`;
        const answer = await postAction({ Origin: base() }, body, actionId);
        expect(answer.status, `${label}: ${answer.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(answer.status, `${label}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
      }
    }
    const form = (root: string) => {
      const body = new FormData();
      body.set("0", root);
      return body;
    };
    const multipartBodies: [string, RequestInit["body"], Record<string, string>][] = [
      ["garbage multipart", "--nope", { "Content-Type": "multipart/form-data; boundary=x" }],
      ["a root part that is not JSON", form("{{{"), {}],
      ["a reference to a missing part", form('["$K9"]'), {}],
    ];
    for (const [label, body, headers] of multipartBodies) {
      const response = await fetch(`${base()}/admin/users`, {
        method: "POST",
        redirect: "manual",
        headers: { "Next-Action": realAction, Origin: base(), Accept: "text/x-component", ...headers },
        body,
      });
      const text = await response.text();
      expect(response.status, `${label}: ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${label}: ${text.slice(0, 200)}`).toBeLessThan(500);
    }
  });

  it("a cross-origin server action is refused with 403", async () => {
    for (const actionId of [realAction, unknownAction]) {
      const answer = await postAction({ Origin: "https://evil.example" }, "[]", actionId);
      expect(answer.status, answer.text.slice(0, 200)).toBe(403);
    }
  });
});
