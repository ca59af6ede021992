"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { refusalOf } from "@/components/users/action-result";
import { endOtherSessionsAction, endSessionAction } from "@/lib/sessions/session-actions";

export type SessionRow = { id: string; browser: string; ip: string | null; createdAt: string; lastSeenAt: string; current: boolean };

const duration = (minutes: number) =>
  minutes % 60 === 0 ? `${minutes / 60} hour${minutes === 60 ? "" : "s"}` : `${minutes} minute${minutes === 1 ? "" : "s"}`;

/** Preferences → Sessions: where this user is signed in, and signing any of them out. */
export function SessionsList({ sessions, lifetime }: { sessions: SessionRow[]; lifetime: { hours: number; idleMinutes: number } }) {
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const others = sessions.filter((session) => !session.current).length;

  const run = async (key: string, action: () => Promise<string | null>) => {
    setPending(key);
    try {
      const refusal = await action();
      if (refusal) toast.error(refusal);
      router.refresh();
    } finally {
      setPending(null);
    }
  };

  const endOne = (session: SessionRow) =>
    run(session.id, async () => {
      if (session.current) {
        await signOut({ callbackUrl: "/login" });
        return null;
      }
      const refusal = refusalOf(await endSessionAction({ sessionId: session.id }));
      if (!refusal) toast.success(`Signed out ${session.browser}`);
      return refusal;
    });

  const endOthers = () =>
    run("others", async () => {
      const result = await endOtherSessionsAction({});
      const refusal = refusalOf(result);
      if (!refusal) {
        const ended = result?.data?.ended ?? 0;
        toast.success(`Signed out ${ended} other session${ended === 1 ? "" : "s"}`);
      }
      return refusal;
    });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted-foreground">
          Signing out a session ends it at once on that device. A session also ends {duration(lifetime.hours * 60)} after signing in, or after{" "}
          {duration(lifetime.idleMinutes)} without use.
        </p>
        <Button variant="outline" onClick={endOthers} pending={pending === "others"} disabled={others === 0 || pending !== null}>
          <LogOut aria-hidden /> Sign out other sessions
        </Button>
      </div>
      <div className="rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Browser</TableHead>
              <TableHead>Address</TableHead>
              <TableHead>Signed in</TableHead>
              <TableHead>Last seen</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sessions.map((session) => (
              <TableRow key={session.id}>
                <TableCell>
                  <span className="flex items-center gap-2">
                    <span className="font-medium">{session.browser}</span>
                    {session.current ? <Badge variant="secondary">This session</Badge> : null}
                  </span>
                </TableCell>
                <TableCell>{session.ip ?? <span className="text-muted-foreground">Unknown</span>}</TableCell>
                <TableCell>
                  <RelativeTime date={session.createdAt} />
                </TableCell>
                <TableCell>
                  <RelativeTime date={session.lastSeenAt} />
                </TableCell>
                <TableCell className="text-right">
                  <Button variant="ghost" size="sm" onClick={() => endOne(session)} pending={pending === session.id} disabled={pending !== null}>
                    Sign out
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
