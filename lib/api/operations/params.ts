import { z } from "zod";

/** A resource's id in the path. */
export const idParams = z.object({ id: z.string().meta({ description: "Resource id" }) });
