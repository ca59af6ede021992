import { KeyRound } from "lucide-react";
import Link from "next/link";
import type { Permission } from "@/lib/permissions/catalogue";
import { NAV_ITEMS, navItemShown } from "./nav-items";
import { NavLinks } from "./nav-links";
import { UserMenu } from "./user-menu";

export function AppShell({ user, permissions, children }: { user: { name: string; email: string }; permissions: Permission[]; children: React.ReactNode }) {
  const items = NAV_ITEMS.filter((item) => navItemShown(item, (permission) => permissions.includes(permission)));
  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <aside className="border-b bg-muted/40 md:w-56 md:shrink-0 md:border-r md:border-b-0">
        <div className="flex items-center justify-between gap-2 p-4">
          <Link href="/" className="flex items-center gap-2 rounded-md font-semibold focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
            <KeyRound className="size-5" aria-hidden /> Latchkey
          </Link>
          <div className="md:hidden">
            <UserMenu user={user} />
          </div>
        </div>
        <NavLinks items={items} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="hidden h-14 items-center justify-end border-b px-6 md:flex">
          <UserMenu user={user} />
        </header>
        <main className="mx-auto w-full max-w-6xl flex-1 p-4 md:p-8">{children}</main>
      </div>
    </div>
  );
}
