"use client";

import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/ui/use-server-action";
import { revokeApiKeyAction } from "@/lib/api-keys/actions";
import { useChangeKey } from "./keys-table";
import { returnFocusTo } from "./return-focus";

/** The confirmation before revoking: Revoke key or Cancel. */
export function RevokeKeyDialog({
  apiKey,
  open,
  onOpenChange,
  owner,
  returnFocus,
}: {
  apiKey: { id: string; name: string; prefix: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Where focus goes on close: the row's menu button (the menu item that opened this is gone). */
  returnFocus?: React.RefObject<HTMLButtonElement | null>;
  /** Set when an administrator revokes someone else's key. */
  owner?: string;
}) {
  const changeKey = useChangeKey();
  const revoke = useServerAction(revokeApiKeyAction, {
    optimistic: ({ id }) => changeKey({ id, patch: { status: "REVOKED", state: "revoked", revokedAt: new Date() } }),
    success: `Revoked “${apiKey.name}”`,
    onSuccess: () => onOpenChange(false),
  });
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent onCloseAutoFocus={returnFocusTo(returnFocus)}>
        <AlertDialogHeader>
          <AlertDialogTitle>Revoke API key?</AlertDialogTitle>
          <AlertDialogDescription>
            “{apiKey.name}” (<code className="text-xs">{apiKey.prefix}…</code>){owner ? `, owned by ${owner},` : ""} stops working at once: programs using it
            get an error. This cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <Button variant="destructive" pending={revoke.pending} onClick={() => void revoke.run({ id: apiKey.id })}>
            Revoke key
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
