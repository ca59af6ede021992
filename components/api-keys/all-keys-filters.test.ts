import { describe, expect, it } from "vitest";
import { filtersFromSearch, filtersToSearch } from "./all-keys-filters";

describe("the admin list's URL filters", () => {
  it("round-trip, drop the default sort and ignore values that are not allowed", () => {
    const filters = filtersFromSearch({ status: "expired", expiresWithin: "14", sort: "last-used-asc" });
    expect(filters).toEqual({ state: "expired", expiresWithinDays: 14, sort: "last-used-asc" });
    expect(filtersToSearch(filters)).toBe("?status=expired&expiresWithin=14&sort=last-used-asc");
    expect(filtersFromSearch({ status: "deleted", expiresWithin: "-3", sort: "name" })).toEqual({ state: undefined, expiresWithinDays: undefined, sort: "last-used-desc" });
    expect(filtersToSearch(filtersFromSearch({}))).toBe("");
  });
});
