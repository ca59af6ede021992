// The one shape in which keys leave lib/: an explicit select (never the hash) and a mapping
// that parses scopes and computes the state. Isomorphic, so the UI can import the types.
import type { Prisma } from "@/lib/db";
import { PERMISSION_PATTERN, type Permission } from "@/lib/permissions/catalogue";
import { apiKeyState, type ApiKeyState } from "./status";

/** How many services a key's usage lists, the most recently used. */
export const MAX_SERVICE_USAGE_LISTED = 100;

const SERVICE_REF_SELECT = { id: true, name: true, slug: true } as const;
export type ServiceRef = { id: string; name: string; slug: string };

/** A key's requests to one service (forward-auth and the verify API), and the last of them. */
export type ServiceUsage = { service: ServiceRef; requests: number; lastUsedAt: Date | null; lastMethod: string | null; lastUri: string | null };

export const apiKeySelect = {
  id: true,
  userId: true,
  name: true,
  description: true,
  prefix: true,
  scopes: true,
  expiresAt: true,
  status: true,
  rateLimit: true,
  createdAt: true,
  lastUsedAt: true,
  lastUsedIp: true,
  usageCount: true,
  revokedAt: true,
  disabledById: true,
  serviceBound: true,
  services: { select: { service: { select: SERVICE_REF_SELECT } }, orderBy: { service: { name: "asc" } } },
  serviceUsage: {
    select: { requestCount: true, lastUsedAt: true, lastMethod: true, lastUri: true, service: { select: SERVICE_REF_SELECT } },
    orderBy: [{ lastUsedAt: { sort: "desc", nulls: "last" } }, { serviceId: "asc" }],
    take: MAX_SERVICE_USAGE_LISTED,
  },
} satisfies Prisma.ApiKeySelect;

export const apiKeyWithOwnerSelect = {
  ...apiKeySelect,
  user: { select: { id: true, name: true, email: true } },
} satisfies Prisma.ApiKeySelect;

type ApiKeyRow = Prisma.ApiKeyGetPayload<{ select: typeof apiKeySelect }>;
type ApiKeyWithOwnerRow = Prisma.ApiKeyGetPayload<{ select: typeof apiKeyWithOwnerSelect }>;

export type ApiKeySummary = Omit<ApiKeyRow, "scopes" | "disabledById" | "serviceBound" | "services" | "serviceUsage"> & {
  /** null: the key inherits whatever its owner holds. */
  scopes: Permission[] | null;
  /** null: not bound; otherwise the only services the key works for (none left: nowhere). */
  boundServices: ServiceRef[] | null;
  /** Per service it was used for, most recently used first. */
  serviceUsage: ServiceUsage[];
  state: ApiKeyState;
  /** Disabled by someone other than the owner: only api_keys:manage may enable it again. */
  disabledByAdministrator: boolean;
};
export type ApiKeyWithOwner = ApiKeySummary & { owner: { id: string; name: string; email: string } };

export function parseScopes(scopes: string | null): Permission[] | null {
  if (scopes === null) return null;
  const parsed: unknown = JSON.parse(scopes);
  return Array.isArray(parsed) ? parsed.filter((scope): scope is Permission => typeof scope === "string" && PERMISSION_PATTERN.test(scope)) : [];
}

/** Builds the summary field by field, so a row selected with more (the owner, hiddenAt) adds nothing. */
export function toApiKeySummary(row: ApiKeyRow, now = new Date()): ApiKeySummary {
  return {
    id: row.id,
    userId: row.userId,
    name: row.name,
    description: row.description,
    prefix: row.prefix,
    scopes: parseScopes(row.scopes),
    expiresAt: row.expiresAt,
    status: row.status,
    state: apiKeyState(row, now),
    rateLimit: row.rateLimit,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    lastUsedIp: row.lastUsedIp,
    usageCount: row.usageCount,
    revokedAt: row.revokedAt,
    boundServices: row.serviceBound ? row.services.map(({ service }) => ({ id: service.id, name: service.name, slug: service.slug })) : null,
    serviceUsage: row.serviceUsage.map((usage) => ({
      service: { id: usage.service.id, name: usage.service.name, slug: usage.service.slug },
      requests: usage.requestCount,
      lastUsedAt: usage.lastUsedAt,
      lastMethod: usage.lastMethod,
      lastUri: usage.lastUri,
    })),
    disabledByAdministrator: row.status === "DISABLED" && row.disabledById !== null && row.disabledById !== row.userId,
  };
}

export function toApiKeyWithOwner(row: ApiKeyWithOwnerRow, now = new Date()): ApiKeyWithOwner {
  return { ...toApiKeySummary(row, now), owner: { id: row.user.id, name: row.user.name, email: row.user.email } };
}
