import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { clientIp } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { liveSession } from "@/lib/sessions/check-session";
import { endSessionOnSignOut } from "@/lib/sessions/end-session";
import { SESSION_LIFETIME_MS } from "@/lib/sessions/policy";
import { startSession } from "@/lib/sessions/start-session";
import { CHALLENGE_MAX_AGE_SECONDS, challengeCookieName, openChallenge, sealChallenge, verifySecondFactor } from "@/lib/two-factor/sign-in";
import { sameOriginPath } from "./redirect";
import { sessionCheckFailure } from "./session-check-failure";
import { sessionCookieOptions } from "./session-cookies";
import { startSignInAttempt } from "./login-throttle";
import { signInWithPassword } from "./sign-in";
import { TWO_FACTOR_EXPIRED, TWO_FACTOR_REQUIRED } from "./sign-in-steps";

/** Thrown by the jwt callback for a cookie whose session has ended: next-auth then clears it. */
class SessionEndedError extends Error {
  constructor() {
    super("The session has ended");
  }
}

const secureCookies = env.NEXTAUTH_URL?.startsWith("https://") ?? false;
const challengeCookie = challengeCookieName(secureCookies);

function headersOf(request: { headers?: Record<string, unknown> }): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (typeof value === "string") headers.set(name, value);
  }
  return headers;
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // The cookie's lifetime; the Session row's absolute expiry and idle timeout are what count.
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME_MS / 1000 },
  pages: { signIn: "/login" },
  ...sessionCookieOptions(env.NEXTAUTH_URL),
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        // A TooManyRequestsError's message reaches the sign-in form as its error.
        const user = await signInWithPassword(credentials, clientIp(headersOf(request)));
        if (!user?.twoFactor) return user;
        // The password was right; a code is due before there is a session.
        (await cookies()).set(challengeCookie, await sealChallenge({ userId: user.id, sessionVersion: user.sessionVersion }), {
          httpOnly: true,
          sameSite: "lax",
          secure: secureCookies,
          path: "/api/auth",
          maxAge: CHALLENGE_MAX_AGE_SECONDS,
        });
        throw new Error(TWO_FACTOR_REQUIRED);
      },
    }),
    CredentialsProvider({
      id: "two-factor",
      name: "Two-factor code",
      credentials: { code: { type: "text" } },
      async authorize(credentials, request) {
        const jar = await cookies();
        const challenge = await openChallenge(jar.get(challengeCookie)?.value);
        const user = challenge && (await db.user.findUnique({ where: { id: challenge.userId } }));
        if (!challenge || !user || user.status !== "ACTIVE" || user.sessionVersion !== challenge.sessionVersion) {
          throw new Error(TWO_FACTOR_EXPIRED);
        }
        // Wrong codes count against the account and address like wrong passwords.
        const attempt = await startSignInAttempt(user.email, clientIp(headersOf(request)));
        if (typeof credentials?.code !== "string" || !(await verifySecondFactor(user.id, credentials.code))) return null;
        await attempt.succeeded();
        jar.delete({ name: challengeCookie, path: "/api/auth" });
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // Every redirect next-auth makes (sign-in, sign-out callbackUrl) stays on the console,
    // by the same rule as the sign-in form.
    redirect({ url, baseUrl }) {
      return new URL(sameOriginPath(url, baseUrl), baseUrl).href;
    },
    // The token carries the user's id, sessionVersion and the id of a Session row. Every
    // getServerSession (so every console page and action) and every /api/auth/session runs
    // this callback, which refuses the cookie once the row is gone or past its lifetime;
    // lib/auth/session.ts then re-checks the user and sessionVersion.
    async jwt({ token, user }) {
      if (user) {
        if ("sessionVersion" in user && typeof user.sessionVersion === "number") token.sessionVersion = user.sessionVersion;
        const request = await headers();
        const session = await startSession({ userId: user.id, userAgent: request.get("user-agent"), ip: clientIp(request) });
        token.sessionId = session.id;
        return token;
      }
      if (!token.sub || !token.sessionId) throw new SessionEndedError();
      const live = await liveSession({ sessionId: token.sessionId, userId: token.sub }).catch((error: unknown) => {
        sessionCheckFailure().error = error;
        throw error;
      });
      if (!live) throw new SessionEndedError();
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.sessionVersion = token.sessionVersion;
        session.user.sessionId = token.sessionId;
      }
      return session;
    },
  },
  events: {
    // Sign-out ends the session server-side: a copy of the cookie stops working too.
    async signOut({ token }) {
      if (token?.sub && token.sessionId) {
        await endSessionOnSignOut({ sessionId: token.sessionId, userId: token.sub, ip: clientIp(await headers()) });
      }
    },
  },
  logger: {
    // An ended session is expected, not an error (next-auth clears the cookie and answers
    // "no session"); everything else is logged as next-auth would.
    error(code, metadata) {
      if (metadata instanceof SessionEndedError) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
