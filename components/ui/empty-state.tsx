import * as React from "react";
import type { LucideIcon } from "lucide-react";

import { cn } from "@/lib/cn";

type EmptyStateProps = {
  /** A lucide icon component (e.g. `Users`) or an already-rendered element. */
  icon?: LucideIcon | React.ReactElement;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Typically a <Button> to create the first item. */
  action?: React.ReactNode;
  /** Heading element for the title; pick one that fits the page outline. */
  headingLevel?: "h2" | "h3" | "h4";
  className?: string;
};

function EmptyState({ icon, title, description, action, headingLevel = "h2", className }: EmptyStateProps) {
  const Heading = headingLevel;
  let iconNode: React.ReactNode = null;
  if (React.isValidElement(icon)) {
    iconNode = icon;
  } else if (icon) {
    const Icon = icon;
    iconNode = <Icon className="size-6" aria-hidden="true" />;
  }

  return (
    <div
      data-slot="empty-state"
      className={cn(
        "flex flex-col items-center justify-center gap-3 rounded-lg border border-dashed px-6 py-12 text-center",
        className,
      )}
    >
      {iconNode ? (
        <div className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground [&_svg]:size-6">
          {iconNode}
        </div>
      ) : null}
      <div className="grid max-w-sm gap-1">
        <Heading className="text-base font-semibold">{title}</Heading>
        {description ? <p className="text-sm text-muted-foreground">{description}</p> : null}
      </div>
      {action ? <div className="mt-2 flex flex-wrap items-center justify-center gap-2">{action}</div> : null}
    </div>
  );
}

export { EmptyState, type EmptyStateProps };
