import "server-only";
import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { db, type Db, type Tx } from "@/lib/db";
import { writeSetting } from "./store";

const SETTING_KEY = "sign_in_policy";

export const signInPolicySchema = z.object({ requireTwoFactorForAdministrators: z.boolean() });
export type SignInPolicy = z.infer<typeof signInPolicySchema>;
export const DEFAULT_SIGN_IN_POLICY: SignInPolicy = { requireTwoFactorForAdministrators: false };

/** The sign-in policy now (defaults until an administrator saves one, or when unreadable). */
export async function getSignInPolicy(client: Db | Tx = db): Promise<SignInPolicy> {
  const row = await client.setting.findUnique({ where: { key: SETTING_KEY }, select: { value: true } });
  if (!row) return DEFAULT_SIGN_IN_POLICY;
  try {
    return signInPolicySchema.catch(DEFAULT_SIGN_IN_POLICY).parse(JSON.parse(row.value));
  } catch {
    return DEFAULT_SIGN_IN_POLICY;
  }
}

/** Administrators (users:write) change how people sign in. */
export async function updateSignInPolicy({ actor, input }: { actor: Actor; input: SignInPolicy }): Promise<SignInPolicy> {
  requirePermission(actor, "users:write");
  const policy = signInPolicySchema.parse(input);
  return db.$transaction(async (tx) =>
    writeSetting(tx, actor, { key: SETTING_KEY, label: "Sign-in policy", action: "settings.sign_in_policy_updated", before: await getSignInPolicy(tx), value: policy }),
  );
}
