import { can } from "@/lib/auth/actor";
import { requireSessionActor } from "@/lib/auth/session";
import { keyOwner, listUserApiKeys } from "@/lib/api-keys/queries";
import { getApiKeyPolicy } from "@/lib/settings/api-key-policy";
import { UserApiKeysTable } from "./user-api-keys-table";

/**
 * The "API keys" section of a user's page. Seeing and acting on someone's keys needs
 * api_keys:manage; administrators cannot create keys for others (keys are personal).
 */
export async function UserApiKeysSection({ userId }: { userId: string }) {
  const actor = await requireSessionActor();
  const heading = (
    <h2 id="user-api-keys-heading" className="text-lg font-semibold">
      API keys
    </h2>
  );
  if (!can(actor, "api_keys:manage")) {
    return (
      <section aria-labelledby="user-api-keys-heading" className="space-y-2">
        {heading}
        <p className="text-sm text-muted-foreground">Seeing a user&apos;s API keys needs the api_keys:manage permission.</p>
      </section>
    );
  }
  const [keys, policy, owner] = await Promise.all([
    listUserApiKeys({ actor, input: { userId } }),
    getApiKeyPolicy(),
    keyOwner({ actor, input: { userId } }),
  ]);
  return (
    <section aria-labelledby="user-api-keys-heading" className="space-y-3">
      {heading}
      <p className="max-w-prose text-sm text-muted-foreground">
        Keys are personal: only their owner creates them. You can disable, rate-limit and revoke them; every change is recorded in the audit log.
      </p>
      <UserApiKeysTable ownerName={owner?.name ?? "This user"} keys={keys} defaultRateLimit={policy.defaultRateLimit} />
    </section>
  );
}
