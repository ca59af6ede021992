"use client";

import { KeyRound, Trash2, UserCheck, UserX } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useServerAction } from "@/components/ui/use-server-action";
import { setUserStatusAction, deleteUserAction } from "@/lib/users/user-actions";
import { ResetPasswordDialog } from "./reset-password-dialog";
import { ResetTwoFactorButton } from "./reset-two-factor-button";
import { SignOutEverywhereButton } from "./sign-out-everywhere-button";

type Props = { user: { id: string; name: string; email: string; status: "ACTIVE" | "DISABLED"; twoFactor: boolean }; isSelf: boolean };

/**
 * Reset password, sign out everywhere, disable/enable and delete. Nobody resets their own
 * password here (that needs the current one, under Preferences), nor does the rest to themselves.
 */
export function UserAccountActions({ user, isSelf }: Props) {
  const router = useRouter();

  const setStatus = useServerAction(setUserStatusAction, {
    refusal: "inline",
    success: (_, { status }) => (status === "ACTIVE" ? `${user.name} was enabled` : `${user.name} was disabled`),
  });
  const remove = useServerAction(deleteUserAction, {
    refusal: "inline",
    success: `${user.name} was deleted`,
    onSuccess: () => router.push("/admin/users"),
  });

  return (
    <div className="flex flex-wrap gap-2">
      {isSelf ? (
        <Button variant="outline" asChild>
          <Link href="/preferences">
            <KeyRound aria-hidden /> Change your password
          </Link>
        </Button>
      ) : (
        <ResetPasswordDialog userId={user.id} name={user.name} />
      )}
      {isSelf ? null : <SignOutEverywhereButton user={user} />}
      {!isSelf && user.twoFactor ? <ResetTwoFactorButton user={user} /> : null}
      {isSelf ? null : user.status === "ACTIVE" ? (
        <ConfirmDialog
          trigger={
            <Button variant="outline">
              <UserX aria-hidden /> Disable user
            </Button>
          }
          title={`Disable ${user.name}?`}
          description="They are signed out at once and cannot sign in; their API keys stop working. You can enable them again later."
          confirmLabel="Disable user"
          onConfirm={() => setStatus.run({ userId: user.id, status: "DISABLED" })}
        />
      ) : (
        <ConfirmDialog
          trigger={
            <Button variant="outline">
              <UserCheck aria-hidden /> Enable user
            </Button>
          }
          title={`Enable ${user.name}?`}
          description="They can sign in again, and their API keys work again unless revoked."
          confirmLabel="Enable user"
          destructive={false}
          onConfirm={() => setStatus.run({ userId: user.id, status: "ACTIVE" })}
        />
      )}
      {isSelf ? null : (
        <ConfirmDialog
          trigger={
            <Button variant="outline" className="text-destructive">
              <Trash2 aria-hidden /> Delete user
            </Button>
          }
          title={`Delete ${user.name}?`}
          description={`${user.name} (${user.email}) is deleted and their API keys are revoked. What they did stays in the audit log. This cannot be undone.`}
          confirmLabel="Delete user"
          onConfirm={() => remove.run({ userId: user.id })}
        />
      )}
    </div>
  );
}
