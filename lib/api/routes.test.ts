import { describe, expect, it } from "vitest";
import { apiApp } from "./app";
import { API_ROUTES, allowedMethods } from "./routes";

describe("API_ROUTES", () => {
  it("lists exactly the methods the app routes under /api/v1", () => {
    const routed: Record<string, string[]> = {};
    for (const route of apiApp.routes) {
      // Wildcard paths are middleware (e.g. the body limit), not operations.
      if (!["GET", "POST", "PUT", "PATCH", "DELETE"].includes(route.method) || !route.path.startsWith("/api/v1/") || route.path.includes("*")) continue;
      const path = route.path.replace(/^\/api\/v1/, "").replace(/:(\w+)/g, "{$1}");
      if (!(routed[path] ??= []).includes(route.method)) routed[path].push(route.method);
    }
    const sorted = (table: Record<string, string[]>) => Object.fromEntries(Object.entries(table).map(([path, methods]) => [path, [...methods].sort()]));
    expect(sorted(API_ROUTES)).toEqual(sorted(routed));
  });

  it("matches concrete paths, and nothing else", () => {
    expect(allowedMethods("/api/v1/users/abc")).toEqual(["GET", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/groups/a/members/b")).toEqual(["PUT", "DELETE", "OPTIONS"]);
    expect(allowedMethods("/api/v1/users/a/b")).toBeNull();
    expect(allowedMethods("/api/v1/nowhere")).toBeNull();
  });
});
