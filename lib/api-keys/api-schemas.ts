// /api/v1/me and /api/v1/api-keys: what the answers hold.
import { z } from "zod";
import { isoDate, pageOf } from "@/lib/api/schemas";
import { PERMISSIONS } from "@/lib/permissions/catalogue";
import { API_KEY_STATES } from "./status";

const permission = z.enum(PERMISSIONS).meta({ id: "Permission" });

export const meSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    keyId: z.string(),
    permissions: z.array(permission).meta({ description: "What this key may do now: its scopes ∩ the owner's permissions" }),
  })
  .meta({ id: "Me" });

export const apiKeySchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    description: z.string(),
    prefix: z.string().meta({ description: "The first characters of the key, to recognise it" }),
    scopes: z.array(permission).nullable().meta({ description: "null: the key inherits its owner's permissions" }),
    status: z.enum(["ACTIVE", "DISABLED", "REVOKED"]),
    state: z.enum(API_KEY_STATES),
    expiresAt: isoDate.nullable(),
    createdAt: isoDate,
    lastUsedAt: isoDate.nullable(),
    lastUsedIp: z.string().nullable(),
    usageCount: z.number().int(),
    rateLimit: z.number().int().nullable().meta({ description: "Requests per minute; null: the policy default" }),
    revokedAt: isoDate.nullable(),
  })
  .meta({ id: "ApiKey" });

export const apiKeyPageSchema = pageOf(apiKeySchema).meta({ id: "ApiKeyPage" });
