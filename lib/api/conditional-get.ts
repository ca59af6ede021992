import { hash } from "node:crypto";
import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";
import { setAnswerHeaders } from "./env";

/**
 * A GET's JSON answer with a weak ETag, or 304 when the client sends that tag.
 * `If-None-Match: *` is not honoured: a client that never saw the data must get it.
 *
 * A function the handlers call rather than middleware: middleware would have to read the
 * finished Response's body back (a stream per request) or replace `c.json` on every request
 * (measured: 40 µs of CPU per request, as V8 gives up its optimised code for the context).
 */
export function jsonWithETag<T extends object>(c: Context, data: T): Response & TypedResponse<JSONParsed<T>, 200, "json"> {
  const body = JSON.stringify(data);
  const etag = `W/"${hash("sha256", body, "base64url").slice(0, 27)}"`;
  const known = c.req.header("if-none-match");
  setAnswerHeaders(c, { ETag: etag });
  if (known?.split(",").some((tag) => tag.trim() === etag)) return c.body(null, 304) as never;
  // One header: Hono passes it on as a plain object, which the node adapter writes without
  // building a Headers (measured, bench:api).
  return c.body(body, 200, { "Content-Type": "application/json" }) as never;
}
