"use client";

import * as React from "react";

import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { cn } from "@/lib/cn";

const relativeFormat = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const localFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });
// Deterministic on server and client (no local time zone), used for the first render.
const utcFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const UNITS: [Intl.RelativeTimeFormatUnit, number, number][] = [
  // unit, milliseconds per unit, use while |value| < limit
  ["second", 1_000, 45],
  ["minute", 60_000, 60],
  ["hour", 3_600_000, 24],
  ["day", 86_400_000, 7],
  ["week", 604_800_000, 4],
  ["month", 2_629_800_000, 12],
  ["year", 31_557_600_000, Infinity],
];

function formatRelative(date: Date, now: number): string {
  const diff = date.getTime() - now;
  for (const [unit, ms, limit] of UNITS) {
    const value = Math.round(diff / ms);
    if (Math.abs(value) < limit) {
      return unit === "second" ? relativeFormat.format(0, "second") : relativeFormat.format(value, unit);
    }
  }
  return relativeFormat.format(Math.round(diff / 31_557_600_000), "year");
}

function toDate(value: Date | string | number | null | undefined): Date | null {
  if (value === null || value === undefined || value === "") return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

// One clock for every RelativeTime on the page. It reads the time when a component mounts
// and every 15 seconds after, so a thing made a moment ago never shows as "in 1 minute".
let clock = Date.now();
function subscribeToClock(onTick: () => void) {
  clock = Date.now();
  const timer = window.setInterval(() => {
    clock = Date.now();
    onTick();
  }, 15_000);
  return () => window.clearInterval(timer);
}
const readClock = () => clock;

/** The current time; null on the server and during hydration (no mismatch). */
function useNow(): number | null {
  return React.useSyncExternalStore(subscribeToClock, readClock, () => null);
}

type RelativeTimeProps = {
  date: Date | string | number | null | undefined;
  /** Shown when there is no (valid) date. */
  fallback?: React.ReactNode;
  className?: string;
};

/**
 * "3 minutes ago" in a focusable <time>, with the exact local date-time in a
 * tooltip and title. The first (server + hydration) render shows the exact
 * UTC date; the relative text replaces it after mount.
 */
function RelativeTime({ date, fallback = "Never", className }: RelativeTimeProps) {
  const now = useNow();
  const value = toDate(date);

  if (!value) {
    return <span className={cn("text-muted-foreground", className)}>{fallback}</span>;
  }

  const mounted = now !== null;
  const exact = mounted ? localFormat.format(value) : `${utcFormat.format(value)} UTC`;
  const text = mounted ? formatRelative(value, now) : exact;

  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <time
          dateTime={value.toISOString()}
          title={exact}
          tabIndex={0}
          suppressHydrationWarning
          className={cn(
            "rounded-sm whitespace-nowrap underline decoration-dotted decoration-muted-foreground/50 underline-offset-4 outline-none",
            "focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background",
            className,
          )}
        >
          {text}
        </time>
      </TooltipTrigger>
      <TooltipContent>{exact}</TooltipContent>
    </Tooltip>
  );
}

export { RelativeTime, formatRelative, type RelativeTimeProps };
