import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { changes, recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";

/** Saves one settings document as JSON and records what changed in the audit log. */
export async function writeSetting<T extends Record<string, unknown>>(
  tx: Tx,
  actor: Actor,
  { key, label, action, before, value }: { key: string; label: string; action: string; before: T; value: T },
): Promise<T> {
  const json = JSON.stringify(value);
  await tx.setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
  await recordAudit(tx, actor, { action, target: { type: "setting", id: key, label }, details: changes(before, value) });
  return value;
}
