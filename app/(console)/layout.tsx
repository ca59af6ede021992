import { AppShell } from "@/components/shell/app-shell";
import { Providers } from "@/components/providers/providers";
import { requireSessionActor } from "@/lib/auth/session";

// Every console page needs a live session: the layout re-checks it on each request.
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireSessionActor();
  return (
    <Providers>
      <AppShell user={{ name: actor.name, email: actor.email }} permissions={[...actor.permissions]}>
        {children}
      </AppShell>
    </Providers>
  );
}
