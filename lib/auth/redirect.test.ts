import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./redirect";

const ORIGIN = "https://latchkey.example.com";

describe("sameOriginPath", () => {
  const kept: [string, string][] = [
    ["/", "/"],
    ["/preferences", "/preferences"],
    ["/admin/users?q=ann&page=2#top", "/admin/users?q=ann&page=2#top"],
    ["/admin/../preferences", "/preferences"],
    ["preferences", "/preferences"],
    ["?tab=keys", "/?tab=keys"],
    ["/%5Cevil.example", "/%5Cevil.example"], // still encoded: a path on the console
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["https://latchkey.example.com/admin", "/admin"],
    ["HTTPS://LATCHKEY.EXAMPLE.COM:443/admin", "/admin"],
    ["/.//evil.example", "/evil.example"],
    ["/./\\evil.example", "/evil.example"],
    ["https:evil.example", "/evil.example"], // same scheme, no slashes: a relative path, as in a browser
  ];
  for (const [target, expected] of kept) {
    it(`keeps ${JSON.stringify(target)} as ${JSON.stringify(expected)}`, () => {
      expect(sameOriginPath(target, ORIGIN)).toBe(expected);
    });
  }

  const refused = [
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "https://evil.example/",
    "https://latchkey.example.com.evil.example/",
    "https://latchkey.example.com@evil.example/",
    "http://latchkey.example.com/",
    "https://latchkey.example.com:8443/",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://[::1",
  ];
  for (const target of refused) {
    it(`sends ${JSON.stringify(target)} to /`, () => {
      expect(sameOriginPath(target, ORIGIN)).toBe("/");
    });
  }

  it("sends a missing target to /", () => {
    expect(sameOriginPath(undefined, ORIGIN)).toBe("/");
    expect(sameOriginPath(null, ORIGIN)).toBe("/");
    expect(sameOriginPath("", ORIGIN)).toBe("/");
  });

  it("never returns something a browser would resolve to another origin", () => {
    for (const target of [...kept.map(([value]) => value), ...refused]) {
      expect(new URL(sameOriginPath(target, ORIGIN), ORIGIN).origin).toBe(ORIGIN);
    }
  });
});
