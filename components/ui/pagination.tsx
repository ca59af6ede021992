"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";

type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  /** The search parameter holding the page number. */
  param?: string;
  /** What is counted, plural: "users". */
  noun: string;
  label?: string;
};

const number = new Intl.NumberFormat("en");

/** "21–40 of 1,234 users" with Previous/Next links that keep the other search parameters. */
export function Pagination({ page, pageSize, total, param = "page", noun, label = "Pagination" }: PaginationProps) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (target: number) => {
    const params = new URLSearchParams(searchParams.toString());
    if (target <= 1) params.delete(param);
    else params.set(param, String(target));
    const search = params.toString();
    return search ? `${pathname}?${search}` : pathname;
  };
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground">
      <p aria-live="polite">
        {total === 0 ? `No ${noun}` : `${number.format(first)}–${number.format(last)} of ${number.format(total)} ${noun}`}
      </p>
      {pages > 1 ? (
        <div className="flex items-center gap-2">
          <span>
            Page {number.format(Math.min(page, pages))} of {number.format(pages)}
          </span>
          <PageLink href={page > 1 ? href(Math.min(page - 1, pages)) : null} rel="prev">
            <ChevronLeft aria-hidden /> Previous
          </PageLink>
          <PageLink href={page < pages ? href(page + 1) : null} rel="next">
            Next <ChevronRight aria-hidden />
          </PageLink>
        </div>
      ) : null}
    </nav>
  );
}

function PageLink({ href, rel, children }: { href: string | null; rel: string; children: React.ReactNode }) {
  if (!href) {
    return (
      <Button variant="outline" size="sm" disabled>
        {children}
      </Button>
    );
  }
  return (
    <Button asChild variant="outline" size="sm">
      <Link href={href} rel={rel} scroll={false}>
        {children}
      </Link>
    </Button>
  );
}
