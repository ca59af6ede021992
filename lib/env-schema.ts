// The configuration's schema. Free of side effects, so `npm start` can validate it and stop
// with one line naming the variable; lib/env.ts holds the parsed values for the app.
import { z } from "zod";
import { DatabaseUrlError, databaseFromUrl } from "./db/url";
import { TrustProxyError, parseTrustProxy } from "./trust-proxy";

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  NEXTAUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)")),
  NEXTAUTH_URL: optional(z.url("must be a URL such as https://latchkey.example.com")),
  PORT: z.coerce.number({ error: "must be a port number (1-65535)" }).int("must be a port number (1-65535)").min(1, "must be a port number (1-65535)").max(65535, "must be a port number (1-65535)").default(3000),
  DATA_DIR: z.string().default("./data"),
  ADMIN_EMAIL: optional(z.email("must be an email address")),
  ADMIN_PASSWORD: optional(z.string().min(12, "must be at least 12 characters")),
  REDIS_URL: optional(z.url("must be a URL such as redis://127.0.0.1:6379")),
  REDIS_PREFIX: z.string().regex(/^[\w.:-]{1,64}$/, "must be 1-64 letters, digits, dots, colons, dashes or underscores").default("latchkey:"),
  // Hops or proxy addresses to believe in X-Forwarded-For (lib/trust-proxy.ts); none by default.
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, context) => {
      try {
        return parseTrustProxy(value);
      } catch (error) {
        if (!(error instanceof TrustProxyError)) throw error;
        context.addIssue({ code: "custom", message: error.message });
        return z.NEVER;
      }
    }),
  SESSION_LIFETIME_HOURS: z.coerce.number({ error: "must be a number of hours (1-720)" }).min(1, "must be a number of hours (1-720)").max(720, "must be a number of hours (1-720)").default(12),
  SESSION_IDLE_MINUTES: z.coerce.number({ error: "must be a number of minutes (5-43200)" }).int("must be a number of minutes (5-43200)").min(5, "must be a number of minutes (5-43200)").max(43_200, "must be a number of minutes (5-43200)").default(120),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError whose message is one line naming the variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(`${issue.path.join(".")} ${issue.message}`);
  }
  try {
    databaseFromUrl(result.data.DATABASE_URL);
  } catch (error) {
    if (error instanceof DatabaseUrlError) throw new ConfigError(error.message);
    throw error;
  }
  return result.data;
}
