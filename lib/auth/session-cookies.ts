import type { NextAuthOptions } from "next-auth";

/**
 * Cookie settings for the console at `consoleUrl` (NEXTAUTH_URL): over https the session
 * cookie is Secure and __Secure- prefixed, so a browser never sends it over plain http nor
 * lets an http page or a sibling subdomain overwrite it. Stated here rather than left to
 * next-auth's detection, so the guarantee is visible and tested.
 */
export function sessionCookieOptions(consoleUrl: string | undefined): Pick<NextAuthOptions, "useSecureCookies" | "cookies"> {
  const secure = consoleUrl?.startsWith("https://") ?? false;
  return {
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
  };
}
