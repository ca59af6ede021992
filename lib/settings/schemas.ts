import { z } from "zod";

/** Limits that apply to every new API key (DESIGN.md: "no expiration" only where allowed). */
export const apiKeyPolicySchema = z.object({
  maxLifetimeDays: z.coerce
    .number({ error: "Enter a number of days" })
    .int("Use a whole number of days")
    .min(1, "Allow at least 1 day")
    .max(3650, "Use at most 3650 days (10 years)"),
  allowNoExpiration: z.boolean(),
  defaultRateLimit: z.coerce
    .number({ error: "Enter a number of requests" })
    .int("Use a whole number")
    .min(1, "Allow at least 1 request per minute")
    .max(100_000, "Use at most 100000 requests per minute"),
});
export type ApiKeyPolicy = z.output<typeof apiKeyPolicySchema>;
export type ApiKeyPolicyInput = z.input<typeof apiKeyPolicySchema>;

export const DEFAULT_API_KEY_POLICY: ApiKeyPolicy = {
  maxLifetimeDays: 365,
  allowNoExpiration: false,
  defaultRateLimit: 600,
};
