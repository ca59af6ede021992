import { describe, expect, it } from "vitest";
import { operations } from "./openapi";
import { API_ROUTES, allowedMethods } from "./routes";

describe("API_ROUTES", () => {
  it("lists exactly the methods of the OpenAPI operations (and the OpenAPI document)", () => {
    const expected: Record<string, string[]> = { "/openapi.json": ["GET"] };
    for (const operation of operations) (expected[operation.path] ??= []).push(operation.method.toUpperCase());
    const sorted = (table: Record<string, string[]>) => Object.fromEntries(Object.entries(table).map(([path, methods]) => [path, [...methods].sort()]));
    expect(sorted(API_ROUTES)).toEqual(sorted(expected));
  });

  it("matches concrete paths, and nothing else", () => {
    expect(allowedMethods("/api/v1/users/abc")).toEqual(["GET", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/groups/a/members/b")).toEqual(["PUT", "DELETE", "OPTIONS"]);
    expect(allowedMethods("/api/v1/users/a/b")).toBeNull();
    expect(allowedMethods("/api/v1/nowhere")).toBeNull();
  });
});
