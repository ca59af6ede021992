import { describe, expect, it } from "vitest";
import { apiKeyFileName } from "./download";

describe("apiKeyFileName", () => {
  it("is the key's name with .apikey, safe for file systems", () => {
    expect(apiKeyFileName("CI deploy")).toBe("CI deploy.apikey");
    expect(apiKeyFileName("prod/eu: backup*")).toBe("prod-eu- backup-.apikey");
    expect(apiKeyFileName("../../etc/passwd")).toBe("etc-passwd.apikey");
    expect(apiKeyFileName("...")).toBe("api-key.apikey");
  });
});
