// What every request may carry: a body of at most 1 MB, and list pagination.
import { z } from "zod";
import { plainText } from "@/lib/validation/text";

export const MAX_BODY_BYTES = 1024 * 1024;

/** The most items a page holds (`?limit=`). */
export const PAGE_MAX = 100;
export const CURSOR_MAX_LENGTH = 200;

/** A page size: 1..100, `fallback` when not given. */
export function pageLimit(fallback: number) {
  return z.coerce.number().int().min(1).max(PAGE_MAX).meta({ format: "int32" }).default(fallback);
}

/** A cursor as it arrives; lib/api/cursor.ts checks that this server issued it. */
export const cursorSchema = z.string().min(1).max(CURSOR_MAX_LENGTH).check(plainText());

/** Cursor pagination shared by every list route: ?limit=1..100&cursor=… */
export const paginationSchema = z.object({ limit: pageLimit(20), cursor: cursorSchema.optional() });
export type Pagination = z.infer<typeof paginationSchema>;
