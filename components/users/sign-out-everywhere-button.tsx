"use client";

import { LogOut } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useServerAction } from "@/components/ui/use-server-action";
import { endUserSessionsAction } from "@/lib/sessions/session-actions";

/** Admin → Users → a user: end every console session they have (their API keys keep working). */
export function SignOutEverywhereButton({ user }: { user: { id: string; name: string } }) {
  const signOutEverywhere = useServerAction(endUserSessionsAction, { refusal: "inline", success: `${user.name} was signed out everywhere` });
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline">
          <LogOut aria-hidden /> Sign out all sessions
        </Button>
      }
      title={`Sign out all of ${user.name}'s sessions?`}
      description="They are signed out of the console in every browser at once and must sign in again. Their API keys keep working."
      confirmLabel="Sign out all sessions"
      onConfirm={() => signOutEverywhere.run({ userId: user.id })}
    />
  );
}
