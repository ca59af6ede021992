// Where to go after signing in. A callbackUrl is attacker-controlled (it arrives in a link),
// so it is resolved the way a browser would and kept only when it stays on the console.

/**
 * The same-origin path (with query and fragment) that `target` points to, resolved against
 * `origin`; "/" when it is missing, unparsable or on another origin. Browsers turn "\" into
 * "/" and drop tabs and newlines, so "/\evil.example" and "/\t/evil.example" are other origins:
 * `new URL` applies the same rules, which is why no string test is used.
 */
export function sameOriginPath(target: string | null | undefined, origin: string): string {
  if (!target) return "/";
  let base: URL;
  let resolved: URL;
  try {
    base = new URL(origin);
    resolved = new URL(target, base);
  } catch {
    return "/";
  }
  if (resolved.origin !== base.origin) return "/";
  // A path such as "/.//evil.example" resolves to "//evil.example": as a relative URL that
  // would name another host again, so repeated leading slashes collapse to one.
  return `${resolved.pathname.replace(/^\/+/, "/")}${resolved.search}${resolved.hash}`;
}
