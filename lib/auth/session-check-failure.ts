import "server-only";
import { cache } from "react";

/**
 * The error the jwt callback met while checking this request's session. next-auth swallows
 * errors in that callback and answers "no session", which would send a signed-in user to the
 * sign-in page whenever the database is briefly unreachable; lib/auth/session.ts rethrows it.
 */
export const sessionCheckFailure = cache((): { error?: unknown } => ({}));
