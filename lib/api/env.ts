import type { Actor } from "@/lib/auth/actor";

/** What the API app's middleware hands its handlers (Hono's context variables). */
export type ApiEnv = { Variables: { actor: Actor; requestId: string } };
