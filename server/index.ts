// The one HTTP server of a Latchkey process: node:http hands the API's paths straight to the
// API app (lib/api/app.ts) and everything else to Next.js (docs/architecture.md "Request
// path"). It owns the client address:
// every request's address is worked out once, from the TCP peer and TRUST_PROXY, and handed
// to the app in one internal header; the client's own forwarding headers never reach it.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import { getRequestListener } from "@hono/node-server";
import next from "next";
import { apiApp } from "../lib/api/app";
import { DATABASE_RETRY_AFTER_SECONDS, REQUEST_ID_HEADER, takeDatabaseFailure } from "../lib/http/database-failures";
import { apiSecurityHeaders } from "../lib/http/security-headers";
import { answerUnsupportedMethod } from "../lib/http/unsupported-methods";
import { CLIENT_IP_HEADER, clientAddressRule, type TrustProxy } from "../lib/trust-proxy";

// Headers a client could use to claim an address. Removed once read, so no code (ours,
// next-auth's or Next's) can take them at their word; Next then sets X-Forwarded-For to the
// TCP peer itself.
const ADDRESS_HEADERS = ["x-forwarded-for", "x-real-ip", "forwarded", CLIENT_IP_HEADER, REQUEST_ID_HEADER];

/** Sets a header the server decides, in both of node's views of the request (see below). */
function setServerHeader(request: IncomingMessage, name: string, value: string): void {
  request.headers[name] = value;
  request.rawHeaders.push(name, value);
}

/**
 * Replaces the request's address headers with CLIENT_IP_HEADER, the address the rule gives.
 * Both `headers` and `rawHeaders` change: Next reads the one, the API's adapter
 * (@hono/node-server) builds its fetch Request from the other.
 */
export function assignClientAddress(request: IncomingMessage, address: ReturnType<typeof clientAddressRule>): void {
  const ip = address(request.socket.remoteAddress, request.headers["x-forwarded-for"]);
  // Most requests carry none of them: then rawHeaders stay as they are.
  if (ADDRESS_HEADERS.some((name) => name in request.headers)) {
    for (const name of ADDRESS_HEADERS) delete request.headers[name];
    const raw = request.rawHeaders;
    request.rawHeaders = [];
    for (let i = 0; i < raw.length; i += 2) if (!ADDRESS_HEADERS.includes(raw[i].toLowerCase())) request.rawHeaders.push(raw[i], raw[i + 1]);
  }
  if (ip) setServerHeader(request, CLIENT_IP_HEADER, ip);
}

/** Wraps a request listener so that it only ever sees the address the rule gives. */
export function withClientAddress(trustProxy: TrustProxy, listener: RequestListener): RequestListener {
  const address = clientAddressRule(trustProxy);
  return (request, response) => {
    assignClientAddress(request, address);
    listener(request, response);
  };
}

/**
 * Gives the request an id (REQUEST_ID_HEADER) and turns its 500 into a 503 with Retry-After
 * when its rendering failed because the database was unreachable (lib/http/database-failures.ts).
 */
export function answerDatabaseFailuresWith503(request: IncomingMessage, response: ServerResponse): void {
  const id = randomUUID();
  setServerHeader(request, REQUEST_ID_HEADER, id);
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    if (takeDatabaseFailure(id) && status === 500) {
      response.setHeader("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
      // Without a reason phrase of its own (Next's would say "Internal Server Error").
      return writeHead(503, ...rest.filter((argument) => typeof argument !== "string"));
    }
    return writeHead(status, ...rest);
  }) as ServerResponse["writeHead"];
  response.once("close", () => takeDatabaseFailure(id));
}

/** The paths the API app serves; everything else is Next's. */
export function isApiPath(url: string | undefined): boolean {
  if (url === undefined) return false;
  const path = url.split("?")[0];
  return path.startsWith("/api/v1/") || path === "/api/v1" || path === "/api/health" || isForwardAuthPath(path);
}

/** /api/forward-auth, and the paths below it that Envoy asks at. */
const isForwardAuthPath = (path: string) => path === "/api/forward-auth" || path.startsWith("/api/forward-auth/");

/**
 * Hands a request to the API app with an id (REQUEST_ID_HEADER, answered as X-Request-Id) and
 * the API's security headers already on the response. Set here, on node:http's response, they
 * cost a fraction of what setting them on every fetch Response would; headers the app sends
 * (e.g. the public document's Cache-Control) take precedence.
 */
export function apiHandler(api: RequestListener, consoleUrl: string | undefined): RequestListener {
  const headersOf = (pathname: string) => new Map(Object.entries(apiSecurityHeaders(pathname, { consoleUrl })));
  const privateHeaders = headersOf("/api/v1/");
  const publicHeaders = headersOf("/api/health");
  return (request, response) => {
    const id = randomUUID();
    setServerHeader(request, REQUEST_ID_HEADER, id);
    const path = request.url?.split("?")[0];
    const personal = path !== undefined && ((path.startsWith("/api/v1/") && path !== "/api/v1/openapi.json") || isForwardAuthPath(path));
    response.setHeaders(personal ? privateHeaders : publicHeaders);
    response.setHeader("X-Request-Id", id);
    api(request, response);
  };
}

export type LatchkeyServerOptions = { dir: string; trustProxy: TrustProxy; hostname?: string; port: number; dev?: boolean };

/** Prepares Next.js (production build in `dir` unless `dev`) and returns the server, not yet listening. */
export async function createLatchkeyServer({ dir, trustProxy, hostname, port, dev = false }: LatchkeyServerOptions): Promise<Server> {
  const app = next({ dev, dir, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // The adapter puts its lightweight Request and Response in place of the global ones; they
  // keep the platform's prototypes and instanceof, so Next.js in this process works with them.
  const api = apiHandler(getRequestListener(apiApp.fetch), process.env.NEXTAUTH_URL);
  return createServer(
    withClientAddress(trustProxy, (request, response) => {
      // TRACE and the like cannot become a fetch Request: Next would fail on them with a 500.
      if (answerUnsupportedMethod(request, response, process.env.NEXTAUTH_URL)) return;
      if (isApiPath(request.url)) return void api(request, response);
      answerDatabaseFailuresWith503(request, response);
      handle(request, response).catch((error: unknown) => {
        console.error("Request failed:", request.method, request.url?.split("?")[0], error);
        if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain" });
        response.end("Internal Server Error");
      });
    }),
  );
}
