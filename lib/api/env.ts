import type { HttpBindings } from "@hono/node-server";
import type { Context } from "hono";
import type { Actor } from "@/lib/auth/actor";
import type { ServiceCaller } from "@/lib/services/verify-token";

/**
 * What the API app's middleware hands its handlers (Hono's context variables: `actor` after
 * `authenticate`, `service` after `authenticateService`), and node's request and response
 * when it runs under node:http (absent when called in-process).
 */
export type ApiEnv = { Variables: { actor: Actor; service: ServiceCaller; requestId: string }; Bindings: Partial<HttpBindings> };

/**
 * Sets headers on whatever answer the request gets. Under node:http they go on node's
 * response, which merges them into the answer's headers: measurably cheaper per request
 * than adding them to the fetch Response's Headers.
 */
export function setAnswerHeaders(c: Context<ApiEnv>, headers: Record<string, string>): void {
  const outgoing = c.env?.outgoing;
  for (const [name, value] of Object.entries(headers)) {
    if (outgoing) outgoing.setHeader(name, value);
    else c.header(name, value);
  }
}
