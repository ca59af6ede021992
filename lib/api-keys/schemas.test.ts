import { describe, expect, it } from "vitest";
import { createApiKeySchema } from "./schemas";

const valid = { name: " CI ", description: "", expiration: "1y", access: "inherit", scopes: [] } as const;

describe("createApiKeySchema", () => {
  it("trims the name and accepts the defaults", () => {
    expect(createApiKeySchema.parse(valid)).toMatchObject({ name: "CI", expiration: "1y" });
  });

  it("needs a name, a date for a custom expiry and a permission when choosing", () => {
    const paths = (input: object) => createApiKeySchema.safeParse(input).error?.issues.map((issue) => issue.path.join("."));
    expect(paths({ ...valid, name: "  " })).toEqual(["name"]);
    expect(paths({ ...valid, expiration: "custom" })).toEqual(["customExpiresAt"]);
    expect(paths({ ...valid, access: "choose" })).toEqual(["scopes"]);
    expect(paths({ ...valid, expiration: "forever" })).toEqual(["expiration"]);
    expect(paths({ ...valid, access: "choose", scopes: ["users:read", "everything"] })).toEqual(["scopes.1"]);
    expect(paths({ ...valid, expiration: "custom", customExpiresAt: "2026-02-03" })).toEqual(["customExpiresAt"]);
    expect(paths({ ...valid, expiration: "custom", customExpiresAt: "2026-02-03T22:59:59.999Z" })).toBeUndefined();
  });
});
