import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";

// A stolen key must not become a stolen account: with its owner's password or email the
// holder could sign in, and mint keys that outlive the key's revocation. And an
// administrator's "reset password" on themselves would skip the current-password check.
export const KEY_CANNOT_CHANGE_OWNER_CREDENTIALS = "An API key cannot change its owner's password or email.";
export const OWN_CREDENTIALS_NEED_CURRENT_PASSWORD = "Change your own password under Preferences → Profile, with your current password.";

/** Refuses a change of `userId`'s password (or email) that is the actor's own without proof. */
export function assertNotOwnCredentials(actor: Actor, userId: string, change: "password" | "email"): void {
  if (userId !== actor.userId) return;
  if (actor.keyId) throw new ForbiddenError(KEY_CANNOT_CHANGE_OWNER_CREDENTIALS);
  if (change === "password") throw new ForbiddenError(OWN_CREDENTIALS_NEED_CURRENT_PASSWORD);
}
