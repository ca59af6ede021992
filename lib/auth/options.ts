import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp } from "@/lib/client-ip";
import { env } from "@/lib/env";
import { sameOriginPath } from "./redirect";
import { sessionCookieOptions } from "./session-cookies";
import { signInWithPassword } from "./sign-in";

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  ...sessionCookieOptions(env.NEXTAUTH_URL),
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers ?? {})) {
          if (typeof value === "string") headers.set(name, value);
        }
        // A TooManyRequestsError's message reaches the sign-in form as its error.
        return signInWithPassword(credentials, clientIp(headers));
      },
    }),
  ],
  callbacks: {
    // Every redirect next-auth makes (sign-in, sign-out callbackUrl) stays on the console,
    // by the same rule as the sign-in form.
    redirect({ url, baseUrl }) {
      return new URL(sameOriginPath(url, baseUrl), baseUrl).href;
    },
    // The token carries the user's id and sessionVersion; every request re-checks both
    // against the user row (lib/auth/session.ts), so a disable or password change ends it.
    jwt({ token, user }) {
      if (user && "sessionVersion" in user && typeof user.sessionVersion === "number") {
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.sessionVersion = token.sessionVersion;
      }
      return session;
    },
  },
};
