// The permission catalogue (DESIGN.md): Latchkey's own permissions, and those every registered
// service defines, named `<slug>:<name>`. Groups carry permissions; a user holds the union over
// their groups, computed when used (./holdings.ts). The catalogue as it stands now is read
// from the database by ./catalogue-reads.ts.
import { z } from "zod";

export const BUILT_IN_PERMISSIONS = [
  "users:read",
  "users:write",
  "groups:read",
  "groups:write",
  "api_keys:create",
  "api_keys:manage",
  "audit:read",
  "services:read",
  "services:write",
] as const;

/** A permission of Latchkey's own: what its API operations and pages require. */
export type BuiltInPermission = (typeof BUILT_IN_PERMISSIONS)[number];
/** Any permission: a built-in one, or a service's `<slug>:<name>` (a string: the catalogue is data). */
export type Permission = string;

export const BUILT_IN_DESCRIPTIONS: Record<BuiltInPermission, string> = {
  "users:read": "See users and their group memberships.",
  "users:write": "Create, edit, disable and delete users.",
  "groups:read": "See groups, their members and permissions.",
  "groups:write": "Create, edit and delete groups; change members and permissions.",
  "api_keys:create": "Create one's own personal API keys.",
  "api_keys:manage": "See, disable and revoke any user's API keys.",
  "audit:read": "Read the audit log.",
  "services:read": "See the services that trust Latchkey keys, and their permissions.",
  "services:write": "Register, change and delete services; issue their tokens.",
};

/** The slugs Latchkey's own permissions use: no service may take one. */
export const RESERVED_SLUGS = ["users", "groups", "api_keys", "audit", "services"] as const;

export const SLUG_PATTERN = /^[a-z][a-z0-9-]*$/;
export const PERMISSION_NAME_PATTERN = /^[a-z][a-z0-9_.-]*$/;
export const PERMISSION_PATTERN = /^[a-z][a-z0-9_-]*:[a-z][a-z0-9_.-]*$/;
export const MAX_PERMISSION_LENGTH = 81;

/** The most permissions a set may hold (groups, keys, presets): a bound on request sizes. */
export const MAX_PERMISSIONS = 500;

/** A permission's spelling. Whether it exists is the catalogue's to say (lib/permissions/catalogue-reads.ts). */
export const permissionSchema = z
  .string()
  .max(MAX_PERMISSION_LENGTH, `A permission is at most ${MAX_PERMISSION_LENGTH} characters`)
  .regex(PERMISSION_PATTERN, "A permission looks like <slug>:<name>, e.g. reports:read");

export function isBuiltInPermission(value: string): value is BuiltInPermission {
  return (BUILT_IN_PERMISSIONS as readonly string[]).includes(value);
}

/** One permission of the catalogue, with what it allows and the service defining it (null: Latchkey's own). */
export type CatalogueEntry = {
  permission: Permission;
  description: string;
  service: { id: string; slug: string; name: string } | null;
};

export const BUILT_IN_CATALOGUE: readonly CatalogueEntry[] = BUILT_IN_PERMISSIONS.map((permission) => ({
  permission,
  description: BUILT_IN_DESCRIPTIONS[permission],
  service: null,
}));

export const ADMINISTRATORS_GROUP = "Administrators";
