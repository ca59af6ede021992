import { AppShell } from "@/components/shell/app-shell";
import { Providers } from "@/components/providers/providers";
import { ConfirmAccessDialog } from "@/components/auth/confirm-access";
import { TwoFactorSettings } from "@/components/preferences/two-factor-settings";
import { requireSessionActor } from "@/lib/auth/session";
import { ENROL_FIRST, twoFactorStatus } from "@/lib/two-factor/enforcement";

// Every console page needs a live session: the layout re-checks it on each request.
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireSessionActor();
  // The policy can require administrators to set up a second factor before anything else.
  const twoFactor = await twoFactorStatus(actor);
  const enrolFirst = twoFactor.mustEnrol;
  return (
    <Providers>
      <AppShell user={{ name: actor.name, email: actor.email }} permissions={enrolFirst ? [] : [...actor.permissions]}>
        {enrolFirst ? (
          <div className="max-w-2xl space-y-4">
            <h1 className="text-2xl font-semibold">Set up two-factor authentication</h1>
            <p>{ENROL_FIRST}</p>
            <TwoFactorSettings enabledAt={null} recoveryCodesLeft={0} />
          </div>
        ) : (
          children
        )}
      </AppShell>
      <ConfirmAccessDialog twoFactor={twoFactor.enabled} />
    </Providers>
  );
}
