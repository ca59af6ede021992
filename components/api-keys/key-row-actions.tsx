"use client";

import { Ban, CircleCheck, EllipsisVertical, Gauge, Info, Pencil, Trash2, XCircle } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { useServerAction } from "@/components/ui/use-server-action";
import { disableApiKeyAction, enableApiKeyAction, hideApiKeyAction } from "@/lib/api-keys/actions";
import { apiKeyState } from "@/lib/api-keys/status";
import type { ApiKeySummary } from "@/lib/api-keys/summary";
import { EditKeyDialog } from "./edit-key-dialog";
import { KeyDetailsDialog } from "./key-details-dialog";
import { useChangeKey } from "./keys-table";
import { RateLimitDialog } from "./rate-limit-dialog";
import { RevokeKeyDialog } from "./revoke-key-dialog";

type Dialog = "details" | "edit" | "revoke" | "rate-limit" | null;

/**
 * The per-row menu "Actions for <name>". Everyone gets Details (usage per service); owners get Edit, Disable/Enable, Revoke and, for dead
 * keys, Remove from list; administrators on someone else's key get Disable/Enable, Set rate
 * limit and Revoke. Dialogs live outside the menu so focus returns to the menu button.
 */
export function KeyRowActions({
  apiKey,
  mode,
  canManage = false,
  owner,
  defaultRateLimit,
}: {
  apiKey: ApiKeySummary;
  mode: "owner" | "administrator";
  /** The viewer holds api_keys:manage (may enable administrator-disabled keys, set rate limits). */
  canManage?: boolean;
  owner?: string;
  defaultRateLimit?: number;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const state = apiKeyState(apiKey, new Date());
  const changeKey = useChangeKey();
  const disable = useServerAction(disableApiKeyAction, {
    optimistic: ({ id }) => changeKey({ id, patch: { status: "DISABLED", state: "disabled" } }),
    success: `Disabled “${apiKey.name}”`,
  });
  const enable = useServerAction(enableApiKeyAction, {
    optimistic: ({ id }) => changeKey({ id, patch: { status: "ACTIVE", state: "active", disabledByAdministrator: false } }),
    success: `Enabled “${apiKey.name}”`,
  });
  const hide = useServerAction(hideApiKeyAction, { optimistic: ({ id }) => changeKey({ id, patch: "remove" }), success: `Removed “${apiKey.name}” from the list` });
  const dead = state === "revoked" || state === "expired";
  const mayEnable = canManage || !apiKey.disabledByAdministrator;

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button ref={trigger} variant="ghost" size="icon" aria-label={`Actions for ${apiKey.name}`}>
            <EllipsisVertical aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem onSelect={() => setDialog("details")}>
            <Info aria-hidden="true" />
            Details
          </DropdownMenuItem>
          {mode === "owner" && state !== "revoked" && (
            <DropdownMenuItem onSelect={() => setDialog("edit")}>
              <Pencil aria-hidden="true" />
              Edit
            </DropdownMenuItem>
          )}
          {state === "active" && (
            <DropdownMenuItem disabled={disable.pending} onSelect={() => void disable.run({ id: apiKey.id })}>
              <Ban aria-hidden="true" />
              Disable
            </DropdownMenuItem>
          )}
          {state === "disabled" && (
            <DropdownMenuItem disabled={enable.pending || !mayEnable} onSelect={() => void enable.run({ id: apiKey.id })}>
              <CircleCheck aria-hidden="true" />
              Enable
            </DropdownMenuItem>
          )}
          {mode === "administrator" && canManage && state !== "revoked" && (
            <DropdownMenuItem onSelect={() => setDialog("rate-limit")}>
              <Gauge aria-hidden="true" />
              Set rate limit
            </DropdownMenuItem>
          )}
          {state !== "revoked" && (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem variant="destructive" onSelect={() => setDialog("revoke")}>
                <XCircle aria-hidden="true" />
                Revoke
              </DropdownMenuItem>
            </>
          )}
          {mode === "owner" && dead && (
            <DropdownMenuItem disabled={hide.pending} onSelect={() => void hide.run({ id: apiKey.id })}>
              <Trash2 aria-hidden="true" />
              Remove from list
            </DropdownMenuItem>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <KeyDetailsDialog apiKey={apiKey} returnFocus={trigger} open={dialog === "details"} onOpenChange={(open) => setDialog(open ? "details" : null)} />
      {mode === "owner" && <EditKeyDialog apiKey={apiKey} returnFocus={trigger} open={dialog === "edit"} onOpenChange={(open) => setDialog(open ? "edit" : null)} />}
      <RevokeKeyDialog apiKey={apiKey} returnFocus={trigger} owner={owner} open={dialog === "revoke"} onOpenChange={(open) => setDialog(open ? "revoke" : null)} />
      {mode === "administrator" && canManage && (
        <RateLimitDialog
          apiKey={apiKey}
          returnFocus={trigger}
          defaultRateLimit={defaultRateLimit}
          open={dialog === "rate-limit"}
          onOpenChange={(open) => setDialog(open ? "rate-limit" : null)}
        />
      )}
    </>
  );
}
