// The security headers of every answer, in one place: proxy.ts applies them to what Next
// serves, and any other server in front of /api (e.g. an API app on node:http) applies the
// same values. Pure functions of their arguments, no Next or Node imports.

/** Headers every answer carries, page or API. */
const COMMON: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  // Old browsers that ignore CSP's frame-ancestors.
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** HSTS only when the console is served over https (a browser ignores it over http anyway). */
function transportHeaders(consoleUrl: string | undefined): Record<string, string> {
  return consoleUrl?.startsWith("https://") ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {};
}

/** A nonce for one request's scripts: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy of a console page. Scripts run only with this request's nonce ('strict-dynamic'
 * lets them load their own chunks). Styles allow 'unsafe-inline' because Radix positions its
 * popovers and sonner its toasts with inline style attributes, which a nonce cannot cover;
 * CSS cannot run script, and connect-src/img-src keep exfiltration to this origin.
 */
export function pageContentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    // React needs eval only in development (its error overlays).
    `script-src 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** An API answer is data, never a document: nothing may load or frame it. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The headers of a page rendered with `nonce`. */
export function pageSecurityHeaders(nonce: string, options: { consoleUrl?: string; development?: boolean } = {}): Record<string, string> {
  return {
    ...COMMON,
    ...transportHeaders(options.consoleUrl),
    "Content-Security-Policy": pageContentSecurityPolicy(nonce, options),
  };
}

/**
 * The headers of an API answer. Answers of /api/v1 and /api/forward-auth carry personal data
 * and are never stored by a cache (the public OpenAPI document may be).
 */
export function apiSecurityHeaders(pathname: string, options: { consoleUrl?: string } = {}): Record<string, string> {
  const noStore = (pathname.startsWith("/api/v1/") && pathname !== "/api/v1/openapi.json") || pathname.startsWith("/api/forward-auth");
  return {
    ...COMMON,
    ...transportHeaders(options.consoleUrl),
    "Content-Security-Policy": API_CONTENT_SECURITY_POLICY,
    "Referrer-Policy": "no-referrer",
    ...(noStore ? { "Cache-Control": "no-store" } : {}),
  };
}

/** Sets `headers` on `response` (replacing same-named ones) and returns it. */
export function withHeaders<R extends Response>(response: R, headers: Record<string, string>): R {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
