// The methods of each /api/v1 path, for the answers no operation gives: 405 with Allow,
// OPTIONS, and methods node:http answers itself (lib/http/unsupported-methods.ts).
import { operations } from "./operations";

const byPath = new Map<string, string[]>([["/openapi.json", ["GET"]]]);
for (const { path, method } of operations) byPath.set(path, [...(byPath.get(path) ?? []), method.toUpperCase()]);

/** Each path template (e.g. /users/{id}) and its methods. */
export const API_ROUTES: Record<string, string[]> = Object.fromEntries(byPath);

const matchers = [...byPath].map(([template, methods]) => ({
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`),
  methods,
}));

/**
 * The methods a /api/v1 path answers (HEAD and OPTIONS too; HEAD wherever GET is), or null
 * for a path no operation serves.
 */
export function allowedMethods(pathname: string): string[] | null {
  const path = pathname.replace(/^\/api\/v1/, "").replace(/\/$/, "");
  const route = matchers.find((matcher) => matcher.pattern.test(path));
  if (!route) return null;
  return [...route.methods, ...(route.methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"];
}
