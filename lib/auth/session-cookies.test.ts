import { describe, expect, it } from "vitest";
import { sessionCookieOptions } from "./session-cookies";

describe("sessionCookieOptions", () => {
  it("makes the session cookie Secure and __Secure- prefixed for an https console URL", () => {
    const options = sessionCookieOptions("https://latchkey.example.com");
    expect(options.useSecureCookies).toBe(true);
    expect(options.cookies?.sessionToken?.name).toBe("__Secure-next-auth.session-token");
    expect(options.cookies?.sessionToken?.options).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax", path: "/" });
  });

  it("keeps a plain cookie for an http URL or none", () => {
    for (const url of ["http://127.0.0.1:3000", undefined]) {
      const options = sessionCookieOptions(url);
      expect(options.useSecureCookies).toBe(false);
      expect(options.cookies?.sessionToken?.name).toBe("next-auth.session-token");
      expect(options.cookies?.sessionToken?.options).toMatchObject({ secure: false, httpOnly: true });
    }
  });
});
