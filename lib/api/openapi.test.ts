import { readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { apiApp, openApiDocument } from "./app";
import { operations } from "./operations";
import { PROBLEM_CODES } from "./problem-codes";

const METHODS = ["get", "post", "put", "patch", "delete"];

/** Every (method, path) the app routes under /api/v1, e.g. ["delete", "/api-keys/{id}"]. */
function appRoutes(): [string, string][] {
  return apiApp.routes
    // Wildcard paths are middleware (e.g. the body limit), not operations.
    .filter((route) => METHODS.includes(route.method.toLowerCase()) && route.path.startsWith("/api/v1/") && !route.path.includes("*"))
    .map((route): [string, string] => [route.method.toLowerCase(), route.path.replace(/^\/api\/v1/, "").replace(/:(\w+)/g, "{$1}")])
    .filter((entry, index, all) => all.findIndex(([method, path]) => method === entry[0] && path === entry[1]) === index);
}

describe("OpenAPI document", () => {
  const document = openApiDocument();

  it("is a valid OpenAPI 3.1 document", async () => {
    // A plain JSON copy: what clients download.
    const result = await new Validator().validate(JSON.parse(JSON.stringify(document)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
    expect(document.components?.securitySchemes?.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("describes every route the app serves, and nothing it does not", () => {
    // The document itself is not an operation.
    const routes = appRoutes().filter(([, path]) => path !== "/openapi.json");
    expect(routes.length).toBeGreaterThan(2);
    const documented = Object.entries(document.paths ?? {}).flatMap(([route, item]) =>
      Object.keys(item ?? {})
        .filter((key) => METHODS.includes(key))
        .map((method) => [method, route]),
    );
    expect(documented.sort()).toEqual(routes.sort());
  });

  it("documents the error answers and request bodies of each operation", () => {
    for (const operation of operations) {
      const label = `${operation.method} ${operation.path}`;
      const documented = document.paths?.[operation.path]?.[operation.method as "get"];
      const responses = Object.keys(documented?.responses ?? {});
      expect(responses, label).toEqual(expect.arrayContaining(["401", "403", "429"]));
      if (operation.body) {
        expect(documented?.requestBody, label).toBeDefined();
        expect(responses, label).toEqual(expect.arrayContaining(["400", "413", "415", "422"]));
      }
    }
  });

  it("accepts the key in either header, and defines each tag once", () => {
    expect(document.components?.securitySchemes?.apiKeyHeader).toMatchObject({ type: "apiKey", in: "header", name: "X-API-Key" });
    expect(document.security).toEqual([{ apiKey: [] }, { apiKeyHeader: [] }]);
    const defined = (document.tags ?? []).map((tag) => tag.name);
    expect(new Set(defined).size).toBe(defined.length);
    const used = new Set(operations.flatMap((operation) => operation.route.tags ?? []));
    expect([...used].sort()).toEqual([...defined].sort());
  });

  it("documents 304 and ETag on every GET, and X-Request-Id on every answer", () => {
    for (const operation of operations) {
      const label = `${operation.method} ${operation.path}`;
      const responses = document.paths?.[operation.path]?.[operation.method as "get"]?.responses ?? {};
      if (operation.method === "get") {
        expect(Object.keys(responses), label).toContain("304");
        expect(Object.keys(responses["200"]?.headers ?? {}), label).toContain("ETag");
      }
      for (const [status, answer] of Object.entries(responses)) {
        const resolved = "$ref" in answer ? document.components?.responses?.[answer.$ref.split("/").pop()!] : answer;
        expect(Object.keys((resolved && "headers" in resolved && resolved.headers) || {}), `${label} ${status}`).toContain("X-Request-Id");
      }
    }
  });

  it("lists every problem code in docs/api.md", () => {
    const docs = readFileSync(path.resolve(import.meta.dirname, "../../docs/api.md"), "utf8");
    for (const [code, { status, meaning }] of Object.entries(PROBLEM_CODES)) expect(docs).toContain(`| \`${code}\` | ${status} | ${meaning} |`);
  });
});
