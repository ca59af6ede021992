import type { Actor } from "@/lib/auth/actor";
import { twoFactorSummary } from "@/lib/two-factor/queries";
import { TwoFactorSettings } from "./two-factor-settings";

/** Server part of Preferences → Two-factor authentication. */
export async function TwoFactorTab({ actor }: { actor: Actor }) {
  const { enabledAt, recoveryCodesLeft } = await twoFactorSummary({ actor });
  return <TwoFactorSettings enabledAt={enabledAt?.toISOString() ?? null} recoveryCodesLeft={recoveryCodesLeft} />;
}
