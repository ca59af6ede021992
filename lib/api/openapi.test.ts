import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument, operations } from "./openapi";

const root = path.resolve(import.meta.dirname, "../..");
const apiDir = path.join(root, "app/api/v1");

/** Every (method, path) a route file under app/api/v1 exports, e.g. ["delete", "/api-keys/{id}"]. */
function routeHandlers(): [string, string][] {
  const found: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === "route.ts") {
        const route = "/" + path.relative(apiDir, dir).split(path.sep).join("/").replace(/\[([^\]]+)\]/g, "{$1}");
        const source = readFileSync(full, "utf8");
        for (const [, method] of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) {
          found.push([method.toLowerCase(), route === "/" ? "/" : route.replace(/\/$/, "")]);
        }
      }
    }
  };
  walk(apiDir);
  return found;
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

  it("describes every route handler, and nothing that has no handler", () => {
    // The document itself and the catch-all that answers 404 for unknown paths are not operations.
    const handlers = routeHandlers().filter(([, route]) => route !== "/openapi.json" && !route.includes("{..."));
    expect(handlers.length).toBeGreaterThan(2);
    const documented = Object.entries(document.paths ?? {}).flatMap(([route, item]) =>
      Object.keys(item ?? {})
        .filter((key) => ["get", "post", "put", "patch", "delete"].includes(key))
        .map((method) => [method, route]),
    );
    expect(documented.sort()).toEqual(handlers.sort());
  });

  it("documents the error answers and request bodies of each operation", () => {
    for (const operation of operations) {
      const label = `${operation.method} ${operation.path}`;
      const documented = document.paths?.[operation.path]?.[operation.method];
      const responses = Object.keys(documented?.responses ?? {});
      expect(responses, label).toEqual(expect.arrayContaining(["401", "403", "429"]));
      if (operation.body) {
        expect(documented?.requestBody, label).toBeDefined();
        expect(responses, label).toEqual(expect.arrayContaining(["400", "413", "415", "422"]));
      }
    }
  });
});
