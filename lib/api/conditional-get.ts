import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * GET answers carry an ETag and become 304 when the client sends that tag.
 * `If-None-Match: *` is not honoured: a client that never saw the data must get it.
 *
 * The tag is taken from the JSON text as `c.json` writes it: reading a finished Response's
 * body back would cost a stream per request.
 */
export const conditionalGet: MiddlewareHandler = async (c, next) => {
  if (c.req.method === "GET") {
    const known = c.req.header("if-none-match")?.split(",").map((tag) => tag.trim());
    c.json = ((object: unknown, status: ContentfulStatusCode = 200, headers: Record<string, string> = {}) => {
      const body = JSON.stringify(object);
      if (status !== 200) return c.body(body, status, { ...headers, "Content-Type": "application/json" });
      const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
      if (known?.includes(etag)) return c.body(null, 304, { ...headers, ETag: etag });
      return c.body(body, 200, { ...headers, "Content-Type": "application/json", ETag: etag });
    }) as unknown as typeof c.json;
  }
  await next();
};
