"use client";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApiKeySummary } from "@/lib/api-keys/summary";
import { returnFocusTo } from "./return-focus";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="text-sm break-words">{children}</dd>
    </div>
  );
}

/** What a key is and how it has been used: overall, and per service it opened (issue 12). */
export function KeyDetailsDialog({
  apiKey,
  open,
  onOpenChange,
  returnFocus,
}: {
  apiKey: ApiKeySummary;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocus?: React.RefObject<HTMLButtonElement | null>;
}) {
  const bound = apiKey.boundServices;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-2xl" onCloseAutoFocus={returnFocusTo(returnFocus)}>
        <DialogHeader>
          <DialogTitle>Key details</DialogTitle>
          <DialogDescription>
            “{apiKey.name}” (<code className="font-mono text-xs">{apiKey.prefix}…</code>)
          </DialogDescription>
        </DialogHeader>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <Fact label="Created">
            <RelativeTime date={apiKey.createdAt} />
          </Fact>
          <Fact label="Last used">
            <RelativeTime date={apiKey.lastUsedAt} fallback="Never" />
            {apiKey.lastUsedIp && <span className="text-muted-foreground"> from {apiKey.lastUsedIp}</span>}
          </Fact>
          <Fact label="Requests">{apiKey.usageCount.toLocaleString("en")}</Fact>
          <Fact label="Access">{apiKey.scopes === null ? "All of the owner's permissions" : apiKey.scopes.join(", ") || "No permissions"}</Fact>
          <Fact label="Works for">
            {bound === null ? "Latchkey's API and every service" : bound.length ? bound.map((service) => service.name).join(", ") : "No service (its services were deleted)"}
          </Fact>
        </dl>
        <section aria-labelledby={`usage-per-service-${apiKey.id}`} className="grid gap-2">
          <h3 id={`usage-per-service-${apiKey.id}`} className="text-sm font-medium">
            Usage per service
          </h3>
          {apiKey.serviceUsage.length === 0 ? (
            <p className="text-sm text-muted-foreground">Not used with any service yet. Requests through a reverse proxy or the verify API appear here.</p>
          ) : (
            <div className="max-h-72 overflow-auto rounded-md border">
              <Table aria-label="Usage per service">
                <TableHeader>
                  <TableRow>
                    <TableHead>Service</TableHead>
                    <TableHead className="text-right">Requests</TableHead>
                    <TableHead>Last used</TableHead>
                    <TableHead>Last request</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {apiKey.serviceUsage.map((usage) => (
                    <TableRow key={usage.service.id}>
                      <TableCell className="font-medium">{usage.service.name}</TableCell>
                      <TableCell className="text-right tabular-nums">{usage.requests.toLocaleString("en")}</TableCell>
                      <TableCell>
                        <RelativeTime date={usage.lastUsedAt} fallback="Never" />
                      </TableCell>
                      <TableCell className="max-w-56 truncate font-mono text-xs" title={[usage.lastMethod, usage.lastUri].filter(Boolean).join(" ")}>
                        {[usage.lastMethod, usage.lastUri].filter(Boolean).join(" ") || <span className="font-sans text-muted-foreground">Not named by the proxy</span>}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </section>
        <DialogFooter>
          <Button type="button" onClick={() => onOpenChange(false)}>
            Done
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
