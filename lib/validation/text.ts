// What user-entered text may contain. Refused everywhere: C0 controls (U+0000–U+001F, NUL
// included, which PostgreSQL cannot store), DEL and C1 controls (U+007F–U+009F), the line and
// paragraph separators U+2028/U+2029, and the bidirectional embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) that make text display in another order than it is stored
// ("Trojan Source", CVE-2021-42574). Multi-line fields (descriptions) keep tab, line feed and
// carriage return. The implicit direction marks U+200E, U+200F and U+061C stay allowed: mixed
// right-to-left names need them, and they cannot reorder letters, only neutral characters.
import { z } from "zod";

export const PLAIN_TEXT_MESSAGE = "Must not contain control characters or text-direction overrides";

const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

export type PlainTextOptions = { multiline?: boolean };

export function isPlainText(value: string, { multiline = false }: PlainTextOptions = {}): boolean {
  return !(multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(value);
}

/** The same rule as a whole-string pattern, which the OpenAPI document shows clients. */
const onlyAllowed = (forbidden: RegExp) => new RegExp(`^[^${forbidden.source.slice(1, -1)}]*$`);
const SINGLE_LINE = onlyAllowed(SINGLE_LINE_FORBIDDEN);
const MULTI_LINE = onlyAllowed(MULTI_LINE_FORBIDDEN);

/**
 * The one check for user-entered text: `z.string().trim().max(100).check(plainText())`.
 * Put it after trim(), so the trimmed value is what is checked.
 */
export function plainText({ multiline = false }: PlainTextOptions = {}) {
  return z.regex(multiline ? MULTI_LINE : SINGLE_LINE, { message: PLAIN_TEXT_MESSAGE });
}

/** Search text from a URL, where a field error has nowhere to go: the refused characters dropped. */
export function withoutForbiddenCharacters(value: string): string {
  return value.replace(new RegExp(SINGLE_LINE_FORBIDDEN.source, "g"), "");
}
