// URL state of the groups table (/admin/groups?q=&page=) and of a group's members table
// (/admin/groups/[id]?q=&page=): read on the server, written by the search boxes.
import { createLoader, parseAsInteger, parseAsString } from "nuqs/server";
import { withoutForbiddenCharacters } from "@/lib/validation/text";

export const GROUPS_PAGE_SIZE = 20;
export const MEMBERS_PAGE_SIZE = 20;

export const listSearchParams = { q: parseAsString.withDefault(""), page: parseAsInteger.withDefault(1) };
export const loadListSearchParams = createLoader(listSearchParams);

/** Bounded search text and a page of at least 1. */
export function listOptions(params: Awaited<ReturnType<typeof loadListSearchParams>>, pageSize: number) {
  return { q: withoutForbiddenCharacters(params.q).trim().slice(0, 100), page: Math.max(1, Math.min(params.page, 100_000)), pageSize };
}
