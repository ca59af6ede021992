// Methods the WHATWG fetch Request cannot represent (TRACE, TRACK, CONNECT): Next, and any
// framework that turns a node:http request into a Request, fails on them with a 500 before
// application code runs. A node:http server answers them first with this.
import type { IncomingMessage, ServerResponse } from "node:http";
import { problemJson } from "../api/problem";
import { allowedMethods } from "../api/routes";
import { apiSecurityHeaders } from "./security-headers";

const UNSUPPORTED = new Set(["TRACE", "TRACK", "CONNECT"]);

/** Answers 405 problem+json (with Allow where a route is known) and returns true for such a method. */
export function answerUnsupportedMethod(request: IncomingMessage, response: ServerResponse, consoleUrl?: string): boolean {
  const method = request.method ?? "";
  if (!UNSUPPORTED.has(method)) return false;
  const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
  const allowed = pathname.startsWith("/api/v1/") ? allowedMethods(pathname) : null;
  const detail = `${method} is not allowed${allowed ? ` on ${pathname}; use ${allowed.join(", ")}` : ""}.`;
  response.writeHead(405, {
    ...apiSecurityHeaders(pathname, { consoleUrl }),
    "Content-Type": "application/problem+json",
    "Cache-Control": "no-store",
    ...(allowed ? { Allow: allowed.join(", ") } : {}),
  });
  response.end(problemJson({ code: "method_not_allowed", title: "Method Not Allowed", status: 405, detail }));
  return true;
}
