// Runs before every request Next serves (the API's paths never reach Next: server/index.ts):
// security headers (lib/http/security-headers.ts), a per-request CSP nonce for pages, and
// the answers Next itself would get wrong (server actions that it would answer with a 500).
import { NextResponse, type NextRequest } from "next/server";
import { databaseUnavailableResponse } from "@/lib/api/problem";
import { databaseIsUp } from "@/lib/db/health";
import { env } from "@/lib/env";
import { apiSecurityHeaders, createNonce, pageSecurityHeaders, withHeaders } from "@/lib/http/security-headers";
import { isWellFormedMultipartActionBody, isWellFormedTextActionBody } from "@/lib/http/server-action-body";

const development = process.env.NODE_ENV === "development";

/**
 * Next answers a server action from another origin, or one whose body it cannot decode,
 * with a 500. Refuse both here: 403 when the Origin is not this host (as Next's own check
 * does, but with the right status), 400 when the body is not what React's encodeReply sends
 * (lib/http/server-action-body.ts).
 */
async function serverActionProblem(request: NextRequest): Promise<Response | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const plain = (status: number, text: string) => withHeaders(new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } }), apiSecurityHeaders(""));
  if (origin !== null) {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost === null || originHost !== host) return plain(403, "Cross-origin server actions are not allowed.");
  }
  const multipart = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
  const wellFormed = multipart
    ? await request
        .clone()
        .formData()
        .then(isWellFormedMultipartActionBody, () => false)
    : isWellFormedTextActionBody(await request.clone().text());
  if (!wellFormed) return plain(400, "Malformed server action request.");
  return null;
}

/**
 * Every console page, server action and sign-in reads the database (each checks its session):
 * while it cannot be reached they get a prompt 503 with Retry-After instead of a redirect to
 * the sign-in page or a 500. The API answers its own 503 (lib/api/problem.ts).
 */
async function databaseProblem(pathname: string): Promise<Response | null> {
  if (pathname.startsWith("/api/") && !pathname.startsWith("/api/auth/")) return null;
  if (await databaseIsUp()) return null;
  return withHeaders(databaseUnavailableResponse(), apiSecurityHeaders(pathname, { consoleUrl: env.NEXTAUTH_URL }));
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const unavailable = await databaseProblem(pathname);
  if (unavailable) return unavailable;
  if (pathname.startsWith("/api/")) {
    return withHeaders(NextResponse.next(), apiSecurityHeaders(pathname, { consoleUrl: env.NEXTAUTH_URL }));
  }
  const refused = await serverActionProblem(request);
  if (refused) return refused;
  const nonce = createNonce();
  const headers = pageSecurityHeaders(nonce, { consoleUrl: env.NEXTAUTH_URL, development });
  // Next reads the nonce from the request's CSP header and puts it on its own script tags;
  // route handlers (the API reference) read x-nonce.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

export const config = {
  // Static build files are immutable and same-origin; everything else gets its headers here.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
