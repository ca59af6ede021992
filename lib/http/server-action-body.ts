// Whether a server-action request body is what React's encodeReply sends, checked before
// Next decodes it: Next answers a body it cannot decode with a 500. The body is a JSON
// reply whose "$"-tagged strings are values or references to other parts; a plain-text
// body has no other parts, a multipart body has them as form fields.

/** Tags of values that stand alone: escaped "$", temporary reference, Infinity, -0/-Infinity, NaN, undefined, Date, BigInt. */
const STANDALONE_TAGS = new Set(["$", "T", "I", "-", "N", "u", "D", "n"]);
const HEX = /^[0-9a-f]+$/;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Every reference in `value` names a part that `parts` holds (a JSON part checked in turn). */
function referencesResolve(value: unknown, parts: FormData | null, seen: Set<string>): boolean {
  if (Array.isArray(value)) return value.every((item) => referencesResolve(item, parts, seen));
  if (value !== null && typeof value === "object") return Object.values(value).every((item) => referencesResolve(item, parts, seen));
  if (typeof value !== "string" || !value.startsWith("$") || STANDALONE_TAGS.has(value[1] ?? "")) return true;
  // "$<hex>" is a JSON part; "$K<hex>" the fields "<id>_…"; any other "$<tag><hex>" the part "<id>".
  const outlined = HEX.test(value.slice(1, 2));
  const hex = value.slice(outlined ? 1 : 2);
  if (!parts || !HEX.test(hex)) return false;
  const id = String(parseInt(hex, 16));
  if (value[1] === "K") return [...parts.keys()].some((key) => key.startsWith(`${id}_`));
  const part = parts.get(id);
  if (part === null) return false;
  if (!outlined || seen.has(id)) return true;
  seen.add(id);
  const parsed = typeof part === "string" ? parseJson(part) : undefined;
  return parsed !== undefined && referencesResolve(parsed, parts, seen);
}

/** A plain-text body: a JSON array of arguments whose references need no other parts. */
export function isWellFormedTextActionBody(text: string): boolean {
  const args = parseJson(text);
  return Array.isArray(args) && referencesResolve(args, null, new Set());
}

/** A multipart body: its root part ("0"), when present, is JSON whose references resolve. */
export function isWellFormedMultipartActionBody(form: FormData): boolean {
  const root = form.get("0");
  if (root === null) return true;
  const args = typeof root === "string" ? parseJson(root) : undefined;
  return args !== undefined && referencesResolve(args, form, new Set(["0"]));
}
