import { BookOpen } from "lucide-react";
import { can, type Actor } from "@/lib/auth/actor";
import { listOwnApiKeys } from "@/lib/api-keys/queries";
import { heldCatalogue } from "@/lib/permissions/queries";
import { getApiKeyPolicy } from "@/lib/settings/api-key-policy";
import { MyApiKeys } from "./my-api-keys";

/** Server part of Preferences → API keys: the first list, the policy and what the user holds. */
export async function ApiKeysTab({ actor }: { actor: Actor }) {
  const [keys, policy, catalogue] = await Promise.all([listOwnApiKeys({ actor }), getApiKeyPolicy(), heldCatalogue({ actor })]);
  return (
    <div className="space-y-4">
      <MyApiKeys
        keys={keys}
        canCreate={can(actor, "api_keys:create")}
        policy={{ maxLifetimeDays: policy.maxLifetimeDays, allowNoExpiration: policy.allowNoExpiration }}
        held={catalogue}
      />
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <BookOpen className="size-4" aria-hidden />
        <span>
          Programs send a key as <code className="rounded bg-muted px-1">Authorization: Bearer &lt;key&gt;</code>. See the{" "}
          <a href="/docs/api" className="font-medium text-foreground underline underline-offset-4 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
            API reference
          </a>
          .
        </span>
      </p>
    </div>
  );
}
