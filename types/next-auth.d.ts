import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    user?: { id?: string; sessionVersion?: number; sessionId?: string; name?: string | null; email?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    /** The Session row this cookie belongs to; checked on every request. */
    sessionId?: string;
  }
}
