import "server-only";
import { z } from "zod";
import { BadRequestError } from "@/lib/errors";
import { plainText } from "@/lib/validation/text";

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The JSON body parsed by `schema` (use z.strictObject so unknown fields are refused).
 * Wrong content type → 415, more than 1 MB → 413, malformed JSON → 400, invalid → 422.
 */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) throw new BadRequestError("Send the body as application/json.", 415);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new BadRequestError("The body is larger than 1 MB.", 413);
  const text = await readLimited(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BadRequestError("The body is not valid JSON.");
  }
  return schema.parse(body);
}

async function readLimited(request: Request): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new BadRequestError("The body is larger than 1 MB.", 413);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The query string parsed by `schema` (invalid → 422 listing the fields). */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  return schema.parse(Object.fromEntries(new URL(request.url).searchParams));
}

/** Cursor pagination shared by every list route: ?limit=1..100&cursor=… */
export const paginationSchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(200).check(plainText()).optional(),
});
export type Pagination = z.infer<typeof paginationSchema>;
