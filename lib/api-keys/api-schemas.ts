// /api/v1/me and /api/v1/api-keys: what the answers hold.
import { z } from "zod";
import { description, email, id, int32, ipAddress, isoDate, name, pageOf, permissions } from "@/lib/api/schemas";
import { DISPLAY_PREFIX_LENGTH } from "./format";
import { API_KEY_STATES } from "./status";

export const meSchema = z
  .object({
    id,
    email,
    name,
    keyId: id,
    permissions: permissions.meta({ description: "What this key may do now: its scopes ∩ the owner's permissions" }),
  })
  .meta({ id: "Me" });

export const apiKeySchema = z
  .object({
    id,
    userId: id,
    name,
    description,
    prefix: z.string().length(DISPLAY_PREFIX_LENGTH).meta({ description: "The first characters of the key, to recognise it" }),
    scopes: permissions.nullable().meta({ description: "null: the key inherits its owner's permissions" }),
    status: z.enum(["ACTIVE", "DISABLED", "REVOKED"]),
    state: z.enum(API_KEY_STATES),
    expiresAt: isoDate.nullable(),
    createdAt: isoDate,
    lastUsedAt: isoDate.nullable(),
    lastUsedIp: ipAddress.nullable(),
    usageCount: int32(),
    rateLimit: int32(1, 100_000).nullable().meta({ description: "Requests per minute; null: the policy default" }),
    revokedAt: isoDate.nullable(),
  })
  .meta({ id: "ApiKey" });

export const apiKeyPageSchema = pageOf(apiKeySchema).meta({ id: "ApiKeyPage" });
