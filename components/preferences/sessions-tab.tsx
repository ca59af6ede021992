import type { Actor } from "@/lib/auth/actor";
import { SESSION_IDLE_TIMEOUT_MS, SESSION_LIFETIME_MS } from "@/lib/sessions/policy";
import { listOwnSessions } from "@/lib/sessions/queries";
import { SessionsList } from "./sessions-list";

/** Server part of Preferences → Sessions. */
export async function SessionsTab({ actor }: { actor: Actor }) {
  const sessions = await listOwnSessions({ actor });
  return (
    <SessionsList
      lifetime={{ hours: SESSION_LIFETIME_MS / 3_600_000, idleMinutes: SESSION_IDLE_TIMEOUT_MS / 60_000 }}
      sessions={sessions.map((session) => ({ ...session, createdAt: session.createdAt.toISOString(), lastSeenAt: session.lastSeenAt.toISOString() }))}
    />
  );
}
