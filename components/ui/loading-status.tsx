import { Loader2 } from "lucide-react";

/** A status region that announces "Loading…" while a URL-driven filter re-renders the page. */
export function LoadingStatus({ pending }: { pending: boolean }) {
  return (
    <p role="status" className="flex h-9 items-center text-sm text-muted-foreground">
      {pending ? (
        <>
          <Loader2 className="mr-2 size-4 animate-spin" aria-hidden /> Loading…
        </>
      ) : null}
    </p>
  );
}
