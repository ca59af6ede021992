// Which client address a request came from. Free of side effects and of Next.js: the HTTP
// server (server/index.ts) computes it once per request from the TCP peer and TRUST_PROXY,
// and hands it to the app in CLIENT_IP_HEADER; lib/client-ip.ts reads only that.
import { isIP } from "node:net";
import proxyaddr from "proxy-addr";

/** The one header carrying the client address inside the server; never taken from a client. */
export const CLIENT_IP_HEADER = "x-latchkey-client-ip";

/**
 * Which proxies in front of the server to believe: a number of hops (0 = none, the default;
 * the nearest `hops` addresses are proxies), or the proxies' own addresses and CIDRs (also
 * proxy-addr's names loopback, linklocal, uniquelocal), as Express's `trust proxy` does.
 */
export type TrustProxy = { hops: number } | { proxies: string[] };

export const TRUST_PROXY_HELP =
  "must be a number of trusted proxy hops or a comma-separated list of proxy addresses or CIDRs (e.g. 1, or 10.0.0.0/8,127.0.0.1)";

export class TrustProxyError extends Error {}

/**
 * Parses TRUST_PROXY. Unset, "" and "false" trust nobody; "true" means one hop (one reverse
 * proxy in front). Unlike Express, "true" never means "believe every hop": that would let a
 * client name its own address again.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? "").trim();
  if (text === "" || text === "false") return { hops: 0 };
  if (text === "true") return { hops: 1 };
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const proxies = text.split(",").map((entry) => entry.trim());
  for (const proxy of proxies) {
    try {
      if (proxy === "") throw new TypeError("empty entry");
      proxyaddr.compile(proxy);
    } catch {
      throw new TrustProxyError(`${TRUST_PROXY_HELP}; "${proxy}" is neither`);
    }
  }
  return { proxies };
}

// "::ffff:192.0.2.1" is how a dual-stack socket reports an IPv4 peer: record it as IPv4.
const unmapped = (address: string) => address.replace(/^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i, "$1");

/**
 * Compiles the rule once: (TCP peer, X-Forwarded-For) → the client address. Walks
 * X-Forwarded-For from the right, skipping trusted proxies, and stops at the first address
 * that is not one; an entry that is not an IP address never becomes the answer.
 */
export function clientAddressRule(trust: TrustProxy): (peer: string | undefined, forwardedFor: string | string[] | undefined) => string | null {
  const trusted = "hops" in trust ? (_address: string, index: number) => index < trust.hops : proxyaddr.compile(trust.proxies);
  const trustsNobody = "hops" in trust && trust.hops === 0;
  return (peer, forwardedFor) => {
    if (!peer) return null;
    const direct = unmapped(peer);
    if (trustsNobody || !forwardedFor) return direct;
    const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
    const request = { headers: { "x-forwarded-for": header }, socket: { remoteAddress: peer }, connection: { remoteAddress: peer } };
    const address = unmapped(proxyaddr(request as unknown as Parameters<typeof proxyaddr>[0], trusted));
    return isIP(address) ? address : direct;
  };
}
