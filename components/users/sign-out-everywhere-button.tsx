"use client";

import { LogOut } from "lucide-react";
import { toast } from "sonner";
import { confirmed } from "@/components/auth/confirm-access";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { endUserSessionsAction } from "@/lib/sessions/session-actions";
import { refusalOf } from "./action-result";

/** Admin → Users → a user: end every console session they have (their API keys keep working). */
export function SignOutEverywhereButton({ user }: { user: { id: string; name: string } }) {
  const signOutEverywhere = async () => {
    const refusal = refusalOf(await confirmed(endUserSessionsAction)({ userId: user.id }));
    if (!refusal) toast.success(`${user.name} was signed out everywhere`);
    return refusal;
  };
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
      onConfirm={signOutEverywhere}
    />
  );
}
