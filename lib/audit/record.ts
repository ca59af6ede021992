import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { isSystem } from "@/lib/auth/system-actor";
import type { Tx } from "@/lib/db";

export type AuditTarget = { type: string; id: string; label?: string };

export type AuditEntry = {
  action: string;
  target?: AuditTarget;
  /** Before/after of changed fields and other context; never secrets. */
  details?: Record<string, unknown>;
};

/** Records an audit event inside the operation's transaction, so both land or neither. */
export async function recordAudit(tx: Tx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor && !isSystem(actor) ? actor.userId : null,
      actorEmail: actor?.email ?? null,
      actorKeyId: actor?.keyId ?? null,
      ip: actor?.ip ?? null,
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      targetLabel: entry.target?.label ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    },
  });
}

/** The fields whose values differ, as { field: { before, after } }. */
export function changes<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, { before: unknown; after: unknown }> {
  const diff: Record<string, { before: unknown; after: unknown }> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value !== undefined && value !== before[field]) diff[field] = { before: before[field], after: value };
  }
  return diff;
}
