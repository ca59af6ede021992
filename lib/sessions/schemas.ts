import { z } from "zod";
import { idSchema } from "@/lib/users/schemas";

export const endSessionSchema = z.object({ sessionId: idSchema });
export type EndSessionInput = z.infer<typeof endSessionSchema>;

export const endUserSessionsSchema = z.object({ userId: idSchema });
export type EndUserSessionsInput = z.infer<typeof endUserSessionsSchema>;
