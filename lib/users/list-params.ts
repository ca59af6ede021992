// The users table's state in the URL (?q=&status=&sort=&dir=&page=), read by the page on the
// server and written by the toolbar and column headers on the client: one definition.
import { createLoader, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { withoutForbiddenCharacters } from "@/lib/validation/text";
import { USER_SORTS, USER_STATUS_FILTERS } from "./schemas";

export const USERS_PAGE_SIZE = 20;

export const usersSearchParams = {
  q: parseAsString.withDefault(""),
  status: parseAsStringLiteral(USER_STATUS_FILTERS).withDefault("all"),
  sort: parseAsStringLiteral(USER_SORTS).withDefault("name"),
  dir: parseAsStringLiteral(["asc", "desc"] as const).withDefault("asc"),
  page: parseAsInteger.withDefault(1),
};

export const loadUsersSearchParams = createLoader(usersSearchParams);

/** The URL's values made safe to query with: bounded text, a page of at least 1. */
export function usersListOptions(params: Awaited<ReturnType<typeof loadUsersSearchParams>>) {
  return { ...params, q: withoutForbiddenCharacters(params.q).trim().slice(0, 100), page: Math.max(1, Math.min(params.page, 100_000)), pageSize: USERS_PAGE_SIZE };
}
