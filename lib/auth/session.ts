import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { clientIp } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { UnauthorizedError } from "@/lib/errors";
import { permissionsOfUser } from "@/lib/permissions/holdings";
import type { Actor } from "./actor";
import { authOptions } from "./options";
import { sessionCheckFailure } from "./session-check-failure";

/**
 * The signed-in user as an Actor, or null. The JWT alone is not trusted: its Session row must
 * be live (checked by the jwt callback in ./options.ts, which getServerSession runs), and the
 * user must still exist, be active and carry the sessionVersion the token was issued with.
 */
export const getSessionActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  // The session could not be checked (the database is unreachable): an error, not "signed out".
  const failure = sessionCheckFailure().error;
  if (failure !== undefined) throw failure;
  const userId = session?.user?.id;
  const sessionId = session?.user?.sessionId;
  if (!userId || !sessionId) return null;
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== session.user?.sessionVersion) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    permissions: await permissionsOfUser(db, user.id),
    sessionId,
    ip: clientIp(await headers()),
  };
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireSessionActor(): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For server actions: the actor, or UnauthorizedError. */
export async function sessionActorOrThrow(): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) throw new UnauthorizedError("Your session has ended. Sign in again.");
  return actor;
}
