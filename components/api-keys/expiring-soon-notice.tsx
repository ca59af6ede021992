"use client";

import { Clock } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { RelativeTime } from "@/components/ui/relative-time";
import { EXPIRING_SOON_DAYS, expiresWithin } from "@/lib/api-keys/expiry";
import type { ApiKeySummary } from "@/lib/api-keys/summary";

/** Lists the usable keys that stop working within 14 days, so replacements come first. */
export function ExpiringSoonNotice({ keys }: { keys: ApiKeySummary[] }) {
  const now = new Date();
  const expiring = keys
    .filter((key) => key.status !== "REVOKED" && expiresWithin(key.expiresAt, EXPIRING_SOON_DAYS, now))
    .sort((a, b) => a.expiresAt!.getTime() - b.expiresAt!.getTime());
  if (expiring.length === 0) return null;
  return (
    <Alert role="status" aria-label="Keys expiring soon" className="border-warning bg-warning/10">
      <Clock aria-hidden="true" />
      <AlertTitle>
        {expiring.length === 1 ? "1 key expires" : `${expiring.length} keys expire`} within {EXPIRING_SOON_DAYS} days
      </AlertTitle>
      <AlertDescription>
        <ul className="list-disc pl-4">
          {expiring.map((key) => (
            <li key={key.id}>
              <span className="font-medium text-foreground">{key.name}</span> expires <RelativeTime date={key.expiresAt} />
            </li>
          ))}
        </ul>
        <p>Create a replacement and switch your programs to it before then.</p>
      </AlertDescription>
    </Alert>
  );
}
