import type { ListAllApiKeysInput } from "@/lib/api-keys/schemas";

/** React Query keys: every API key list lives under ["api-keys"], so one invalidation refreshes all. */
export const apiKeyQueries = {
  all: ["api-keys"] as const,
  own: ["api-keys", "own"] as const,
  user: (userId: string) => ["api-keys", "user", userId] as const,
  everyone: (filters: Omit<ListAllApiKeysInput, "offset" | "limit">) => ["api-keys", "everyone", filters] as const,
};
