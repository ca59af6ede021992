// Expiration presets and rules shared by the create dialog and the server. Isomorphic: no
// database, so the dialog shows exactly the choices the server will accept.

export const DAY_MS = 86_400_000;

/** The preset lifetimes in days; "custom" and "never" are handled apart. */
export const EXPIRATION_PRESETS = { "30d": 30, "90d": 90, "1y": 365 } as const;
export type ExpirationPreset = keyof typeof EXPIRATION_PRESETS;
export const EXPIRATION_CHOICES = ["30d", "90d", "1y", "custom", "never"] as const;
export type ExpirationChoice = (typeof EXPIRATION_CHOICES)[number];

export const EXPIRATION_LABELS: Record<ExpirationChoice, string> = {
  "30d": "30 days",
  "90d": "90 days",
  "1y": "1 year",
  custom: "Custom date",
  never: "No expiration",
};

/** DESIGN.md: one year unless the policy forbids it. */
export const DEFAULT_EXPIRATION: ExpirationChoice = "1y";

/** Keys expiring within this many days are listed in the notice above the table. */
export const EXPIRING_SOON_DAYS = 14;

type Policy = { maxLifetimeDays: number; allowNoExpiration: boolean };

/** The choices a policy allows, in display order. */
export function allowedExpirations(policy: Policy): ExpirationChoice[] {
  return EXPIRATION_CHOICES.filter((choice) => {
    if (choice === "never") return policy.allowNoExpiration;
    if (choice === "custom") return true;
    return EXPIRATION_PRESETS[choice] <= policy.maxLifetimeDays;
  });
}

/** The default choice: 1 year, or the longest preset the policy still allows. */
export function defaultExpiration(policy: Policy): ExpirationChoice {
  const allowed = allowedExpirations(policy);
  if (allowed.includes(DEFAULT_EXPIRATION)) return DEFAULT_EXPIRATION;
  return allowed.filter((choice) => choice in EXPIRATION_PRESETS).at(-1) ?? "custom";
}

/** When a key created now with a preset expires. */
export function presetExpiresAt(preset: ExpirationPreset, now: Date): Date {
  return new Date(now.getTime() + EXPIRATION_PRESETS[preset] * DAY_MS);
}

/** The latest moment the policy allows a key created now to expire. */
export function latestExpiry(policy: Policy, now: Date): Date {
  return new Date(now.getTime() + policy.maxLifetimeDays * DAY_MS);
}

/** A custom date means "valid through that day": it ends at the last millisecond of it, locally. */
export function endOfLocalDay(date: string): Date {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(year, month - 1, day, 23, 59, 59, 999);
}

/** YYYY-MM-DD of a moment in local time (what <input type="date"> shows). */
export function localDateString(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The range a date picker offers: today through the last day whose end the policy allows. */
export function customDateRange(policy: Policy, now: Date): { min: string; max: string } {
  const latest = latestExpiry(policy, now);
  const lastDay = new Date(latest.getFullYear(), latest.getMonth(), latest.getDate() - 1);
  return { min: localDateString(now), max: localDateString(lastDay) };
}

export function isExpired(expiresAt: Date | null, now: Date): boolean {
  return expiresAt !== null && expiresAt.getTime() <= now.getTime();
}

export function expiresWithin(expiresAt: Date | null, days: number, now: Date): boolean {
  return expiresAt !== null && !isExpired(expiresAt, now) && expiresAt.getTime() - now.getTime() <= days * DAY_MS;
}
