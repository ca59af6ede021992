// The permission catalogue (DESIGN.md). Groups carry permissions; a user holds the union
// over their groups, computed when used.
import { z } from "zod";

export const PERMISSIONS = [
  "users:read",
  "users:write",
  "groups:read",
  "groups:write",
  "api_keys:create",
  "api_keys:manage",
  "audit:read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const permissionSchema = z.enum(PERMISSIONS);

export const PERMISSION_DESCRIPTIONS: Record<Permission, string> = {
  "users:read": "See users and their group memberships.",
  "users:write": "Create, edit, disable and delete users.",
  "groups:read": "See groups, their members and permissions.",
  "groups:write": "Create, edit and delete groups; change members and permissions.",
  "api_keys:create": "Create one's own personal API keys.",
  "api_keys:manage": "See, disable and revoke any user's API keys.",
  "audit:read": "Read the audit log.",
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export const ADMINISTRATORS_GROUP = "Administrators";
