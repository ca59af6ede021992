import "server-only";
import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { db, type Db, type Tx } from "@/lib/db";
import { writeSetting } from "./store";
import { DEFAULT_API_KEY_POLICY, apiKeyPolicySchema, type ApiKeyPolicy, type ApiKeyPolicyInput } from "./schemas";

const SETTING_KEY = "api_key_policy";

// A stored value is read field by field over the defaults, so a policy saved before a field
// existed (or edited by hand into something invalid) still yields a usable policy.
const { shape } = apiKeyPolicySchema;
const storedPolicySchema = z
  .object({
    maxLifetimeDays: shape.maxLifetimeDays.catch(DEFAULT_API_KEY_POLICY.maxLifetimeDays),
    allowNoExpiration: shape.allowNoExpiration.catch(DEFAULT_API_KEY_POLICY.allowNoExpiration),
    defaultRateLimit: shape.defaultRateLimit.catch(DEFAULT_API_KEY_POLICY.defaultRateLimit),
  })
  .catch(DEFAULT_API_KEY_POLICY);

function parseStored(value: string | undefined): ApiKeyPolicy {
  if (!value) return DEFAULT_API_KEY_POLICY;
  try {
    return storedPolicySchema.parse(JSON.parse(value));
  } catch {
    return DEFAULT_API_KEY_POLICY;
  }
}

/** The API key policy now (defaults until an administrator saves one). */
export async function getApiKeyPolicy(client: Db | Tx = db): Promise<ApiKeyPolicy> {
  const row = await client.setting.findUnique({ where: { key: SETTING_KEY }, select: { value: true } });
  return parseStored(row?.value);
}

/** Administrators (api_keys:manage) change the policy; it applies to keys created afterwards. */
export async function updateApiKeyPolicy({ actor, input }: { actor: Actor; input: ApiKeyPolicyInput }): Promise<ApiKeyPolicy> {
  requirePermission(actor, "api_keys:manage");
  const policy = apiKeyPolicySchema.parse(input);
  return db.$transaction(async (tx) =>
    writeSetting(tx, actor, { key: SETTING_KEY, label: "API key policy", action: "settings.api_key_policy_updated", before: await getApiKeyPolicy(tx), value: policy }),
  );
}
