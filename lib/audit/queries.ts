import "server-only";
import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isPlainText, plainText } from "@/lib/validation/text";

export const auditFilterSchema = z.object({
  action: z.string().trim().max(100).check(plainText()).optional(),
  /** Part of the actor's email (actors' emails are kept lower-case). */
  actor: z.string().trim().max(254).check(plainText()).optional(),
  actorId: z.string().max(64).check(plainText()).optional(),
  targetType: z.string().max(50).check(plainText()).optional(),
  targetId: z.string().max(64).check(plainText()).optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** The cursor is the last event's (at, id): events with equal times still page exactly. */
function encodeCursor(event: { at: Date; id: string }): string {
  return Buffer.from(JSON.stringify([event.at.toISOString(), event.id])).toString("base64url");
}

function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const date = new Date(at);
    return typeof id === "string" && isPlainText(id) && !Number.isNaN(date.getTime()) ? { at: date, id } : null;
  } catch {
    return null;
  }
}

export const AUDIT_EVENT_SELECT = {
  id: true,
  at: true,
  action: true,
  actorId: true,
  actorEmail: true,
  actorKeyId: true,
  targetType: true,
  targetId: true,
  targetLabel: true,
  ip: true,
  details: true,
} as const;

/**
 * Newest first, `limit` at a time; an unreadable cursor starts from the newest. (`input`,
 * because the filter has an `actor` of its own: part of the email of who acted.)
 */
export async function listAuditEvents({ actor, input }: { actor: Actor; input: AuditFilter & { limit: number; cursor?: string } }) {
  requirePermission(actor, "audit:read");
  const { limit, cursor, ...filter } = input;
  const after = decodeCursor(cursor);
  const events = await db.auditEvent.findMany({
    where: {
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.actor ? { actorEmail: { contains: filter.actor.toLowerCase() } } : {}),
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
      ...(filter.targetType ? { targetType: filter.targetType } : {}),
      ...(filter.targetId ? { targetId: filter.targetId } : {}),
      ...(after ? { OR: [{ at: { lt: after.at } }, { at: after.at, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: AUDIT_EVENT_SELECT,
  });
  const page = events.slice(0, limit);
  return {
    rows: page.map(({ details, ...event }) => ({ ...event, details: details ? (JSON.parse(details) as Record<string, unknown>) : null })),
    nextCursor: events.length > limit ? encodeCursor(page.at(-1)!) : null,
  };
}
export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["rows"][number];

/** The actions that occur in the log, for the filter. */
export async function listAuditActions({ actor }: { actor: Actor }): Promise<string[]> {
  requirePermission(actor, "audit:read");
  const groups = await db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return groups.map((group) => group.action);
}
