import "server-only";
// A service's tokens, with which its own code calls the verify API (POST /api/v1/keys/verify).
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { requireServicesRead } from "./queries";
import { requireRecentConfirmation } from "@/lib/sessions/confirmation";
import { generateServiceToken, hashServiceToken, tokenDisplayPrefix } from "./token-format";
import { createServiceTokenSchema, revokeServiceTokenSchema, type CreateServiceTokenInput, type RevokeServiceTokenInput } from "./token-schemas";

// An explicit select: the hash never leaves lib/services.
const TOKEN_SELECT = { id: true, serviceId: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

export type ServiceTokenSummary = {
  id: string;
  serviceId: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  status: "ACTIVE" | "REVOKED";
};

function toSummary(row: { id: string; serviceId: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): ServiceTokenSummary {
  return {
    id: row.id,
    serviceId: row.serviceId,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    status: row.revokedAt ? "REVOKED" : "ACTIVE",
  };
}

async function serviceOrThrow(tx: Tx, serviceId: string) {
  const service = await tx.service.findUnique({ where: { id: serviceId }, select: { id: true, slug: true } });
  if (!service) throw new NotFoundError("Service");
  return service;
}

const serviceTarget = (service: { id: string; slug: string }) => ({ type: "service", id: service.id, label: service.slug });

/**
 * Mints a token for a service. The plaintext is returned here, once, for the reveal dialog:
 * only its hash is stored, and it goes into no log and no audit event.
 */
export async function createServiceToken({ actor, input }: { actor: Actor; input: CreateServiceTokenInput }) {
  requirePermission(actor, "services:write");
  // Like keys: a token minted with an API key would outlive that key's revocation.
  if (actor.keyId) throw new ForbiddenError("Service tokens are created in the console, not with an API key.");
  const data = createServiceTokenSchema.parse(input);
  await requireRecentConfirmation(actor);
  const plaintext = generateServiceToken();
  const token = await db.$transaction(async (tx) => {
    const service = await serviceOrThrow(tx, data.serviceId);
    const created = await tx.serviceToken.create({
      data: { serviceId: service.id, name: data.name, prefix: tokenDisplayPrefix(plaintext), hash: hashServiceToken(plaintext), createdById: actor.userId },
      select: TOKEN_SELECT,
    });
    await recordAudit(tx, actor, { action: "service_token.created", target: serviceTarget(service), details: { tokenId: created.id, name: created.name, prefix: created.prefix } });
    return toSummary(created);
  });
  return { token, plaintext };
}

/**
 * Revokes a token: the verify API refuses it on the next request on every instance (the
 * AuthVersion trigger). Revoked tokens stay listed so the audit trail has a row to point at;
 * revoking twice changes nothing.
 */
export async function revokeServiceToken({ actor, input }: { actor: Actor; input: RevokeServiceTokenInput }) {
  requirePermission(actor, "services:write");
  const { tokenId } = revokeServiceTokenSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.serviceToken.findUnique({ where: { id: tokenId }, select: { ...TOKEN_SELECT, service: { select: { id: true, slug: true } } } });
    if (!before) throw new NotFoundError("Service token");
    if (before.revokedAt) return toSummary(before);
    const revoked = await tx.serviceToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() }, select: TOKEN_SELECT });
    await recordAudit(tx, actor, { action: "service_token.revoked", target: serviceTarget(before.service), details: { tokenId, name: before.name, prefix: before.prefix } });
    return toSummary(revoked);
  });
}

/** A service's tokens, newest first, revoked ones too. Holders of services:read or services:write. */
export async function listServiceTokens({ actor, serviceId }: { actor: Actor; serviceId: string }): Promise<ServiceTokenSummary[]> {
  requireServicesRead(actor);
  const rows = await db.serviceToken.findMany({ where: { serviceId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: TOKEN_SELECT });
  return rows.map(toSummary);
}
