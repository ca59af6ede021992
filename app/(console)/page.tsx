import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { NAV_ITEMS, navItemShown } from "@/components/shell/nav-items";

export const metadata: Metadata = { title: "Overview" };

const DESCRIPTIONS: Record<string, string> = {
  "/admin/users": "Create, edit and disable users; reset passwords.",
  "/admin/groups": "Group users and grant permissions to groups.",
  "/admin/api-keys": "Oversee every user's API keys.",
  "/admin/policy": "Limits for API keys: lifetime, expiry, rate.",
  "/admin/services": "Services that trust Latchkey keys, and their permissions.",
  "/admin/audit": "Who did what, and when.",
};

export default async function OverviewPage() {
  const actor = await requireSessionActor();
  const sections = NAV_ITEMS.filter((item) => item.permission && navItemShown(item, (permission) => can(actor, permission)));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Welcome, {actor.name}</h1>
        <p className="text-muted-foreground">Manage your profile and personal API keys under Preferences.</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Link href="/preferences" className="rounded-xl focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
          <Card className="h-full hover:bg-accent/50">
            <CardHeader>
              <CardTitle>Preferences</CardTitle>
              <CardDescription>Your name, password and API keys.</CardDescription>
            </CardHeader>
          </Card>
        </Link>
        {sections.map((item) => (
          <Link key={item.href} href={item.href} className="rounded-xl focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
            <Card className="h-full hover:bg-accent/50">
              <CardHeader>
                <CardTitle>{item.label}</CardTitle>
                <CardDescription>{DESCRIPTIONS[item.href]}</CardDescription>
              </CardHeader>
            </Card>
          </Link>
        ))}
      </div>
    </div>
  );
}
