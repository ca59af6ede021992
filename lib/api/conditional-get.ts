import { createHash } from "node:crypto";
import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";

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
  const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const known = c.req.header("if-none-match");
  if (known?.split(",").some((tag) => tag.trim() === etag)) return c.body(null, 304, { ETag: etag }) as never;
  return c.body(body, 200, { "Content-Type": "application/json", ETag: etag }) as never;
}
