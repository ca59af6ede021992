import { z } from "zod";
import { idSchema } from "@/lib/users/schemas";

/** A resource's id in the path (one that cannot be an id answers 404, lib/api/app.ts). */
export const idParams = z.object({ id: idSchema.meta({ description: "Resource id" }) });
