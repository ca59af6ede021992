"use client";

import { useSyncExternalStore } from "react";
import { RelativeTime } from "@/components/ui/relative-time";
import { EXPIRING_SOON_DAYS, expiresWithin, isExpired } from "@/lib/api-keys/expiry";
import { cn } from "@/lib/cn";

const noSubscription = () => () => {};
// The date in the reader's time zone once mounted; UTC on the server and during hydration.
const localDate = new Intl.DateTimeFormat("en", { dateStyle: "medium" });
const utcDate = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** Expires: the date (relative time on hover); "Never"; highlighted when close. */
export function ExpiresCell({ expiresAt }: { expiresAt: Date | null }) {
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!expiresAt) return <span className="text-muted-foreground">Never</span>;
  const now = new Date();
  const soon = expiresWithin(expiresAt, EXPIRING_SOON_DAYS, now);
  return (
    <span className={cn("inline-flex items-center gap-2", soon && "font-medium text-warning-foreground dark:text-warning")}>
      <time dateTime={expiresAt.toISOString()} suppressHydrationWarning>
        {mounted ? localDate.format(expiresAt) : utcDate.format(expiresAt)}
      </time>
      {(soon || isExpired(expiresAt, now)) && (
        <span className="text-xs text-muted-foreground">
          (<RelativeTime date={expiresAt} />)
        </span>
      )}
    </span>
  );
}
