"use client";

import { ShieldOff } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useServerAction } from "@/components/ui/use-server-action";
import { resetTwoFactorAction } from "@/lib/two-factor/actions";

/** Admin → Users → a user with a second factor: turn it off (a lost phone and lost recovery codes). */
export function ResetTwoFactorButton({ user }: { user: { id: string; name: string } }) {
  const reset = useServerAction(resetTwoFactorAction, { refusal: "inline", success: "Two-factor authentication reset" });
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline">
          <ShieldOff aria-hidden /> Reset two-factor authentication
        </Button>
      }
      title="Reset two-factor authentication?"
      description={`${user.name} will sign in with their password alone, and their recovery codes stop working. They can set up a new app under Preferences.`}
      confirmLabel="Reset"
      onConfirm={() => reset.run({ userId: user.id })}
    />
  );
}
