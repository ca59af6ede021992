import "server-only";
import type { Prisma } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { requireKeyManagementScope } from "./access";
import { DAY_MS } from "./expiry";
import { listAllApiKeysSchema, listApiKeysSchema, type ListAllApiKeysInput, type ListApiKeysInput } from "./schemas";
import type { ApiKeyState } from "./status";
import { apiKeySelect, apiKeyWithOwnerSelect, toApiKeySummary, toApiKeyWithOwner } from "./summary";

const newestFirst = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.ApiKeyOrderByWithRelationInput[];

/** Seeing someone else's keys needs api_keys:manage; one's own, nothing. */
function requireOwnerOrManager(actor: Actor, userId: string) {
  if (userId !== actor.userId) requirePermission(actor, "api_keys:manage");
}

/** The actor's keys for Preferences → API keys: newest first, without those they removed. */
export async function listOwnApiKeys({ actor }: { actor: Actor }) {
  const now = new Date();
  const rows = await db.apiKey.findMany({ where: { userId: actor.userId, hiddenAt: null }, orderBy: newestFirst, select: apiKeySelect });
  return rows.map((row) => toApiKeySummary(row, now));
}

/** One user's keys, for the API keys section of the user's page (api_keys:manage). */
export async function listUserApiKeys({ actor, input }: { actor: Actor; input: { userId: string } }) {
  requireOwnerOrManager(actor, input.userId);
  const now = new Date();
  const rows = await db.apiKey.findMany({ where: { userId: input.userId }, orderBy: newestFirst, select: apiKeySelect });
  return rows.map((row) => toApiKeySummary(row, now));
}

/** Whose keys an administrator is looking at (for headings and confirmations). */
export async function keyOwner({ actor, input }: { actor: Actor; input: { userId: string } }) {
  requireOwnerOrManager(actor, input.userId);
  return db.user.findUnique({ where: { id: input.userId }, select: { id: true, name: true, email: true } });
}

/** For GET /api/v1/api-keys: own keys, or `userId`'s with api_keys:manage; cursor pages, newest first. */
export async function listApiKeys({ actor, input }: { actor: Actor; input: ListApiKeysInput }) {
  const { userId = actor.userId, limit, cursor } = listApiKeysSchema.parse(input);
  requireOwnerOrManager(actor, userId);
  requireKeyManagementScope(actor, userId);
  const now = new Date();
  const rows = await db.apiKey.findMany({
    where: { userId },
    orderBy: newestFirst,
    select: apiKeySelect,
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, limit);
  return { items: page.map((row) => toApiKeySummary(row, now)), nextCursor: rows.length > limit ? page[page.length - 1].id : null };
}

const live = (now: Date): Prisma.ApiKeyWhereInput => ({ OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });

function whereState(state: ApiKeyState, now: Date): Prisma.ApiKeyWhereInput {
  switch (state) {
    case "active":
      return { status: "ACTIVE", ...live(now) };
    case "disabled":
      return { status: "DISABLED", ...live(now) };
    case "expired":
      return { status: { not: "REVOKED" }, expiresAt: { lte: now } };
    case "revoked":
      return { status: "REVOKED" };
  }
}

const SORTS = {
  created: newestFirst,
  // Never-used keys sort as the stalest: last when newest use comes first, first otherwise.
  "last-used-desc": [{ lastUsedAt: { sort: "desc", nulls: "last" } }, ...newestFirst],
  "last-used-asc": [{ lastUsedAt: { sort: "asc", nulls: "first" } }, ...newestFirst],
} satisfies Record<string, Prisma.ApiKeyOrderByWithRelationInput[]>;

/** Every user's keys for administrators (api_keys:manage), filtered and sorted; offset pages and the count of all. */
export async function listAllApiKeys({ actor, input }: { actor: Actor; input: ListAllApiKeysInput }) {
  requirePermission(actor, "api_keys:manage");
  const { state, expiresWithinDays, sort, offset, limit } = listAllApiKeysSchema.parse(input);
  const now = new Date();
  const filters: Prisma.ApiKeyWhereInput[] = [];
  if (state) filters.push(whereState(state, now));
  if (expiresWithinDays) filters.push({ expiresAt: { gt: now, lte: new Date(now.getTime() + expiresWithinDays * DAY_MS) } });
  const where = { AND: filters };
  const [rows, total] = await Promise.all([
    db.apiKey.findMany({ where, orderBy: SORTS[sort], select: apiKeyWithOwnerSelect, skip: offset, take: limit + 1 }),
    db.apiKey.count({ where }),
  ]);
  return {
    items: rows.slice(0, limit).map((row) => toApiKeyWithOwner(row, now)),
    nextOffset: rows.length > limit ? offset + limit : null,
    total,
  };
}
