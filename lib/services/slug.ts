import "server-only";
import { ConflictError } from "@/lib/errors";

export const SLUG_TAKEN = "Another service has this slug";

export function slugTaken(): ConflictError {
  return new ConflictError(SLUG_TAKEN, { slug: [SLUG_TAKEN] }, "slug_taken");
}
