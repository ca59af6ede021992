// Admin → API keys' state in the URL (?status=&expiresWithin=&sort=&page=), read by the page on
// the server and written by the toolbar on the client: one definition, so views can be shared.
import { createLoader, parseAsInteger, parseAsStringLiteral } from "nuqs/server";
import { ALL_KEYS_SORTS } from "./schemas";
import { API_KEY_STATES } from "./status";

export const ALL_KEYS_PAGE_SIZE = 50;

export const allKeysSearchParams = {
  status: parseAsStringLiteral(API_KEY_STATES),
  expiresWithin: parseAsInteger,
  sort: parseAsStringLiteral(ALL_KEYS_SORTS).withDefault("last-used-desc"),
  page: parseAsInteger.withDefault(1),
};

export const loadAllKeysSearchParams = createLoader(allKeysSearchParams);

export const isExpiresWithinDays = (days: number) => Number.isInteger(days) && days >= 1 && days <= 3650;

/** The URL's values made safe to query with: a known state, 1–3650 days, a page of at least 1. */
export function allKeysListOptions(params: Awaited<ReturnType<typeof loadAllKeysSearchParams>>) {
  const page = Math.max(1, Math.min(params.page, 100_000));
  return {
    state: params.status ?? undefined,
    expiresWithinDays: params.expiresWithin !== null && isExpiresWithinDays(params.expiresWithin) ? params.expiresWithin : undefined,
    sort: params.sort,
    page,
    pageSize: ALL_KEYS_PAGE_SIZE,
  };
}
