"use client";

import { ShieldOff } from "lucide-react";
import { toast } from "sonner";
import { confirmed } from "@/components/auth/confirm-access";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { resetTwoFactorAction } from "@/lib/two-factor/actions";
import { refusalOf } from "./action-result";

/** Admin → Users → a user with a second factor: turn it off (a lost phone and lost recovery codes). */
export function ResetTwoFactorButton({ user }: { user: { id: string; name: string } }) {
  const reset = async () => {
    const refusal = refusalOf(await confirmed(resetTwoFactorAction)({ userId: user.id }));
    if (!refusal) toast.success("Two-factor authentication reset");
    return refusal;
  };
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
      onConfirm={reset}
    />
  );
}
