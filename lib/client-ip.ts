import { CLIENT_IP_HEADER } from "@/lib/trust-proxy";

type HeaderSource = { get(name: string): string | null };

/**
 * The caller's address, as the HTTP server in front of Next.js (server/index.ts) worked it
 * out from the TCP peer and TRUST_PROXY. That server removes any client-sent copy of the
 * header and every X-Forwarded-For, so nothing here takes a client's word. Null when the
 * app runs without that server (`next dev`).
 */
export function clientIp(headers: HeaderSource): string | null {
  return headers.get(CLIENT_IP_HEADER);
}
