// What a key's status means to a person: Expired is computed from expiresAt, it is not stored.
import { isExpired } from "./expiry";

export const API_KEY_STATES = ["active", "expired", "disabled", "revoked"] as const;
export type ApiKeyState = (typeof API_KEY_STATES)[number];

export const API_KEY_STATE_LABELS: Record<ApiKeyState, string> = {
  active: "Active",
  expired: "Expired",
  disabled: "Disabled",
  revoked: "Revoked",
};

/**
 * Revoked beats everything (it is final); an expired key reads Expired even when also
 * disabled, because enabling it again would not make it usable.
 */
export function apiKeyState(key: { status: "ACTIVE" | "DISABLED" | "REVOKED"; expiresAt: Date | null }, now: Date): ApiKeyState {
  if (key.status === "REVOKED") return "revoked";
  if (isExpired(key.expiresAt, now)) return "expired";
  return key.status === "DISABLED" ? "disabled" : "active";
}
