import type { Permission } from "@/lib/permissions/catalogue";

export type NavItem = {
  href: string;
  label: string;
  /** Shown to holders of this permission, or of any of these. */
  permission?: Permission | Permission[];
  icon: "home" | "users" | "groups" | "keys" | "services" | "audit" | "policy";
};

/** The console's navigation; an item shows only to holders of its permission. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", icon: "home" },
  { href: "/admin/users", label: "Users", permission: "users:read", icon: "users" },
  { href: "/admin/groups", label: "Groups", permission: "groups:read", icon: "groups" },
  { href: "/admin/services", label: "Services", permission: ["services:read", "services:write"], icon: "services" },
  { href: "/admin/api-keys", label: "API keys", permission: "api_keys:manage", icon: "keys" },
  { href: "/admin/policy", label: "Policy", permission: "api_keys:manage", icon: "policy" },
  { href: "/admin/audit", label: "Audit log", permission: "audit:read", icon: "audit" },
];

/** Whether an item shows to someone holding what `holds` says. */
export function navItemShown(item: NavItem, holds: (permission: Permission) => boolean): boolean {
  if (!item.permission) return true;
  return (Array.isArray(item.permission) ? item.permission : [item.permission]).some(holds);
}
