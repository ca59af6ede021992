import { ChevronLeft } from "lucide-react";
import Link from "next/link";

type Props = {
  /** The list this item belongs to, linked above the title. */
  back: { href: string; label: string };
  title: string;
  /** Shown beside the title, e.g. a status badge. */
  badge?: React.ReactNode;
  /** Lines under the title. */
  children?: React.ReactNode;
  actions?: React.ReactNode;
};

/** The top of an item's page (a user, a group): back to the list, the title, details and actions. */
export function DetailPageHeader({ back, title, badge, children, actions }: Props) {
  return (
    <div className="space-y-4">
      <Link href={back.href} className="inline-flex items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:underline">
        <ChevronLeft className="size-4" aria-hidden /> {back.label}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <div className="flex items-center gap-3">
            <h1 className="text-2xl font-semibold">{title}</h1>
            {badge}
          </div>
          {children}
        </div>
        {actions}
      </div>
    </div>
  );
}
