import { z } from "zod";

const id = z.string().min(1).max(100);

export const endSessionSchema = z.object({ sessionId: id });
export type EndSessionInput = z.infer<typeof endSessionSchema>;

export const endUserSessionsSchema = z.object({ userId: id });
export type EndUserSessionsInput = z.infer<typeof endUserSessionsSchema>;
