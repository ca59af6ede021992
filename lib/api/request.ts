// What every request may carry: a body of at most 1 MB, and list pagination.
import { z } from "zod";
import { plainText } from "@/lib/validation/text";

export const MAX_BODY_BYTES = 1024 * 1024;

/** Cursor pagination shared by every list route: ?limit=1..100&cursor=… */
export const paginationSchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(200).check(plainText()).optional(),
});
export type Pagination = z.infer<typeof paginationSchema>;
