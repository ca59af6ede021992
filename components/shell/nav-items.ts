import type { Permission } from "@/lib/permissions/catalogue";

export type NavItem = { href: string; label: string; permission?: Permission; icon: "home" | "users" | "groups" | "keys" | "audit" | "policy" };

/** The console's navigation; an item shows only to holders of its permission. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", icon: "home" },
  { href: "/admin/users", label: "Users", permission: "users:read", icon: "users" },
  { href: "/admin/groups", label: "Groups", permission: "groups:read", icon: "groups" },
  { href: "/admin/api-keys", label: "API keys", permission: "api_keys:manage", icon: "keys" },
  { href: "/admin/policy", label: "Policy", permission: "api_keys:manage", icon: "policy" },
  { href: "/admin/audit", label: "Audit log", permission: "audit:read", icon: "audit" },
];
