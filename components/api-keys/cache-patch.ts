import type { QueryClient } from "@tanstack/react-query";
import type { ApiKeySummary } from "@/lib/api-keys/summary";
import { apiKeyQueries } from "./query-keys";

type Page = { items: ApiKeySummary[] };
type Infinite = { pages: Page[]; pageParams: unknown[] };
export type KeyPatch = Partial<ApiKeySummary> | "remove";

function patchList<T extends ApiKeySummary>(items: T[], id: string, patch: KeyPatch): T[] {
  if (patch === "remove") return items.filter((key) => key.id !== id);
  return items.map((key) => (key.id === id ? { ...key, ...patch } : key));
}

function isInfinite(data: unknown): data is Infinite {
  return typeof data === "object" && data !== null && "pages" in data && Array.isArray((data as Infinite).pages);
}

/** Applies an optimistic change to the key in every cached list (plain arrays and paged lists). */
export function patchKeyInCaches(queryClient: QueryClient, id: string, patch: KeyPatch) {
  queryClient.setQueriesData({ queryKey: apiKeyQueries.all }, (data: unknown) => {
    if (Array.isArray(data)) return patchList(data as ApiKeySummary[], id, patch);
    if (isInfinite(data)) return { ...data, pages: data.pages.map((page) => ({ ...page, items: patchList(page.items, id, patch) })) };
    return data;
  });
}
