import { BookOpen } from "lucide-react";
import { listAccessPresets } from "@/lib/access-presets/queries";
import { can, type Actor } from "@/lib/auth/actor";
import { listOwnApiKeys } from "@/lib/api-keys/queries";
import { heldCatalogue } from "@/lib/permissions/queries";
import { getApiKeyPolicy } from "@/lib/settings/api-key-policy";
import { MyApiKeys } from "./my-api-keys";

/** Server part of Preferences → API keys: the first list, the policy and what the user holds. */
export async function ApiKeysTab({ actor }: { actor: Actor }) {
  const canCreate = can(actor, "api_keys:create");
  const [keys, policy, catalogue, presets] = await Promise.all([
    listOwnApiKeys({ actor }),
    getApiKeyPolicy(),
    heldCatalogue({ actor }),
    canCreate ? listAccessPresets({ actor }) : [],
  ]);
  return (
    <div className="space-y-4">
      <MyApiKeys
        keys={keys}
        canCreate={canCreate}
        policy={{ maxLifetimeDays: policy.maxLifetimeDays, allowNoExpiration: policy.allowNoExpiration }}
        held={catalogue}
        presets={presets}
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
