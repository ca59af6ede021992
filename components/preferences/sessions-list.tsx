"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable, actionsColumn } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { useServerAction } from "@/components/ui/use-server-action";
import { endOtherSessionsAction, endSessionAction } from "@/lib/sessions/session-actions";

export type SessionRow = { id: string; browser: string; ip: string | null; createdAt: string; lastSeenAt: string; current: boolean };

const duration = (minutes: number) =>
  minutes % 60 === 0 ? `${minutes / 60} hour${minutes === 60 ? "" : "s"}` : `${minutes} minute${minutes === 1 ? "" : "s"}`;

/** Signing this browser out goes through next-auth (it clears the cookie); any other session, through the action. */
function SignOutSessionButton({ session }: { session: SessionRow }) {
  const [leaving, setLeaving] = useState(false);
  const end = useServerAction(endSessionAction, { success: `Signed out ${session.browser}` });
  const onClick = async () => {
    if (!session.current) return void end.run({ sessionId: session.id });
    setLeaving(true);
    await signOut({ callbackUrl: "/login" });
  };
  return (
    <Button variant="ghost" size="sm" onClick={onClick} pending={end.pending || leaving}>
      Sign out
    </Button>
  );
}

const column = createColumnHelper<SessionRow>();

const columns = [
  column.accessor("browser", {
    header: "Browser",
    cell: ({ row }) => (
      <span className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{row.original.browser}</span>
        {row.original.current ? <Badge variant="secondary">This session</Badge> : null}
      </span>
    ),
  }),
  column.accessor("ip", { header: "Address", cell: ({ getValue }) => getValue() ?? <span className="text-muted-foreground">Unknown</span> }),
  column.accessor("createdAt", { header: "Signed in", cell: ({ getValue }) => <RelativeTime date={getValue()} /> }),
  column.accessor("lastSeenAt", { header: "Last seen", cell: ({ getValue }) => <RelativeTime date={getValue()} /> }),
  actionsColumn<SessionRow>(({ row }) => <SignOutSessionButton session={row.original} />),
];

/** Preferences → Sessions: where this user is signed in, and signing any of them out. */
export function SessionsList({ sessions, lifetime }: { sessions: SessionRow[]; lifetime: { hours: number; idleMinutes: number } }) {
  const others = sessions.filter((session) => !session.current).length;
  const endOthers = useServerAction(endOtherSessionsAction, {
    success: ({ ended }) => `Signed out ${ended} other session${ended === 1 ? "" : "s"}`,
  });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted-foreground">
          Signing out a session ends it at once on that device. A session also ends {duration(lifetime.hours * 60)} after signing in, or after{" "}
          {duration(lifetime.idleMinutes)} without use.
        </p>
        <Button variant="outline" onClick={() => void endOthers.run({})} pending={endOthers.pending} disabled={others === 0}>
          <LogOut aria-hidden /> Sign out other sessions
        </Button>
      </div>
      <DataTable data={sessions} columns={columns} label="Your sessions" getRowId={(session) => session.id} />
    </div>
  );
}
