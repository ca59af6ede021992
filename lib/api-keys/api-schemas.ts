// /api/v1/me and /api/v1/api-keys: what the answers hold.
import { z } from "zod";
import { description, email, id, int32, ipAddress, isoDate, name, pageOf, permissions } from "@/lib/api/schemas";
import { MAX_SLUG_LENGTH } from "@/lib/services/schemas";
import { DISPLAY_PREFIX_LENGTH } from "./format";
import { MAX_BOUND_SERVICES } from "./schemas";
import { MAX_FORWARDED_LENGTH } from "./service-usage";
import { MAX_SERVICE_USAGE_LISTED } from "./summary";
import { API_KEY_STATES } from "./status";

const serviceRef = z.object({ id, name, slug: z.string().max(MAX_SLUG_LENGTH) }).meta({ id: "ServiceRef" });

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
    boundServices: z
      .array(serviceRef)
      .max(MAX_BOUND_SERVICES)
      .nullable()
      .meta({ description: "null: the key is not bound; otherwise the only services it works for (an empty list: none)" }),
    serviceUsage: z
      .array(
        z.object({
          service: serviceRef,
          requests: int32(),
          lastUsedAt: isoDate.nullable(),
          lastMethod: z.string().max(MAX_FORWARDED_LENGTH).nullable().meta({ description: "The last request's method, as the proxy named it" }),
          lastUri: z.string().max(MAX_FORWARDED_LENGTH).nullable().meta({ description: "The last request's URI, as the proxy named it" }),
        }),
      )
      .max(MAX_SERVICE_USAGE_LISTED)
      .meta({ description: "The key's requests to each service it was used for (forward-auth and the verify API), most recent first" }),
  })
  .meta({ id: "ApiKey" });

export const apiKeyPageSchema = pageOf(apiKeySchema).meta({ id: "ApiKeyPage" });
