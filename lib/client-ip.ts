import { env } from "@/lib/env";

type HeaderSource = { get(name: string): string | null };

/**
 * The caller's address. Behind a reverse proxy (TRUST_PROXY=true) the first X-Forwarded-For
 * entry is the client; otherwise only the hop Next.js itself recorded (the last entry) is
 * trusted, since a client can send any X-Forwarded-For it likes.
 */
export function clientIp(headers: HeaderSource): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (!forwarded) return headers.get("x-real-ip");
  const hops = forwarded.split(",").map((hop) => hop.trim()).filter(Boolean);
  return (env.TRUST_PROXY ? hops[0] : hops.at(-1)) ?? null;
}
