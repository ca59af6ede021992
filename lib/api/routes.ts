// The methods of each /api/v1 path, for answers made before a route handler runs (proxy.ts:
// 405 with Allow). Kept light (no schemas, no database) so the proxy can load it;
// lib/api/routes.test.ts checks it against the operations of lib/api/openapi.ts.
export const API_ROUTES: Record<string, string[]> = {
  "/me": ["GET"],
  "/users": ["GET", "POST"],
  "/users/{id}": ["GET", "PATCH", "DELETE"],
  "/groups": ["GET", "POST"],
  "/groups/{id}": ["GET", "PATCH", "DELETE"],
  "/groups/{id}/members/{userId}": ["PUT", "DELETE"],
  "/groups/{id}/permissions": ["PUT"],
  "/audit-events": ["GET"],
  "/api-keys": ["GET"],
  "/api-keys/{id}": ["DELETE"],
  "/openapi.json": ["GET"],
};

const matchers = Object.entries(API_ROUTES).map(([template, methods]) => ({
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`),
  methods,
}));

/**
 * The methods a /api/v1 path answers (HEAD and OPTIONS too wherever GET is, as Next adds
 * them), or null for a path no route serves.
 */
export function allowedMethods(pathname: string): string[] | null {
  const path = pathname.replace(/^\/api\/v1/, "").replace(/\/$/, "");
  const route = matchers.find((matcher) => matcher.pattern.test(path));
  if (!route) return null;
  return [...route.methods, ...(route.methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"];
}
