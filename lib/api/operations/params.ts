import { z } from "zod";
import { idSchema } from "@/lib/users/schemas";

/**
 * An id in a path: the server's ids have no blanks, so one with any (or only blanks, which a
 * lib's own trim would call missing: 422) names nothing and answers 404 (lib/api/app.ts).
 */
export const pathId = idSchema.regex(/^\S+$/);

/** A resource's id in the path. */
export const idParams = z.object({ id: pathId.meta({ description: "Resource id" }) });
