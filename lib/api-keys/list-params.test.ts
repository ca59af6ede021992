import { createSerializer } from "nuqs/server";
import { describe, expect, it } from "vitest";
import { allKeysListOptions, allKeysSearchParams, loadAllKeysSearchParams } from "./list-params";

const serialize = createSerializer(allKeysSearchParams);
const optionsOf = (search: string) => allKeysListOptions(loadAllKeysSearchParams(new URLSearchParams(search)));

describe("the admin list's URL filters", () => {
  it("round-trip, drop the default sort and ignore values that are not allowed", () => {
    const options = optionsOf("status=expired&expiresWithin=14&sort=last-used-asc");
    expect(options).toMatchObject({ state: "expired", expiresWithinDays: 14, sort: "last-used-asc", page: 1 });
    expect(serialize({ status: options.state, expiresWithin: options.expiresWithinDays, sort: options.sort })).toBe("?status=expired&expiresWithin=14&sort=last-used-asc");
    expect(optionsOf("status=deleted&expiresWithin=-3&sort=name&page=0")).toMatchObject({ state: undefined, expiresWithinDays: undefined, sort: "last-used-desc", page: 1 });
    expect(serialize(loadAllKeysSearchParams(new URLSearchParams("")))).toBe("");
  });
});
