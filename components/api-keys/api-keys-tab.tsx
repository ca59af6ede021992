import { can, type Actor } from "@/lib/auth/actor";
import { listOwnApiKeys } from "@/lib/api-keys/queries";
import { PERMISSIONS } from "@/lib/permissions/catalogue";
import { getApiKeyPolicy } from "@/lib/settings/api-key-policy";
import { MyApiKeys } from "./my-api-keys";

/** Server part of Preferences → API keys: the first list, the policy and what the user holds. */
export async function ApiKeysTab({ actor }: { actor: Actor }) {
  const [keys, policy] = await Promise.all([listOwnApiKeys({ actor }), getApiKeyPolicy()]);
  return (
    <MyApiKeys
      initialKeys={keys}
      canCreate={can(actor, "api_keys:create")}
      policy={{ maxLifetimeDays: policy.maxLifetimeDays, allowNoExpiration: policy.allowNoExpiration }}
      held={PERMISSIONS.filter((permission) => actor.permissions.has(permission))}
    />
  );
}
