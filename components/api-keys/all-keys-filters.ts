import { ALL_KEYS_SORTS } from "@/lib/api-keys/schemas";
import { API_KEY_STATES, type ApiKeyState } from "@/lib/api-keys/status";

/** The admin list's filters, kept in the URL (?status=&expiresWithin=&sort=) so views can be shared. */
export type AllKeysFilters = { state?: ApiKeyState; expiresWithinDays?: number; sort: (typeof ALL_KEYS_SORTS)[number] };

export const DEFAULT_ALL_KEYS_SORT = "last-used-desc";
export const ALL_KEYS_PAGE_SIZE = 50;

export function filtersFromSearch(params: { status?: string; expiresWithin?: string; sort?: string }): AllKeysFilters {
  const days = Number(params.expiresWithin);
  return {
    state: API_KEY_STATES.find((state) => state === params.status),
    expiresWithinDays: Number.isInteger(days) && days >= 1 && days <= 3650 ? days : undefined,
    sort: ALL_KEYS_SORTS.find((sort) => sort === params.sort) ?? DEFAULT_ALL_KEYS_SORT,
  };
}

export function filtersToSearch(filters: AllKeysFilters): string {
  const params = new URLSearchParams();
  if (filters.state) params.set("status", filters.state);
  if (filters.expiresWithinDays) params.set("expiresWithin", String(filters.expiresWithinDays));
  if (filters.sort !== DEFAULT_ALL_KEYS_SORT) params.set("sort", filters.sort);
  const search = params.toString();
  return search ? `?${search}` : "";
}
