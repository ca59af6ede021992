import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditTarget } from "@/lib/api-keys/access";
import { parseScopes } from "@/lib/api-keys/summary";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import type { Permission } from "@/lib/permissions/catalogue";

/**
 * A service's permissions are going (a smaller set, or the whole service): in the caller's
 * transaction, no group grants them any more and no key's chosen scopes name them. A key whose
 * scopes become empty keeps `[]`, which grants nothing: turning it into null would make it
 * inherit everything its owner holds. Each key changed gets an audit event of its own, with
 * its owner named, so the owner's trail shows why the key can do less.
 * Answers the names of the groups that lost a grant and the number of keys narrowed.
 */
export async function removePermissions(tx: Tx, actor: Actor, removed: Permission[], cause: { service: string; action: string }) {
  if (removed.length === 0) return { groups: [] as string[], keys: 0 };
  const grants = await tx.groupPermission.findMany({ where: { permission: { in: removed } }, select: { group: { select: { name: true } } } });
  await tx.groupPermission.deleteMany({ where: { permission: { in: removed } } });

  // Scopes are a JSON array: the quoted name finds the candidates, parsing decides.
  const keys = await tx.apiKey.findMany({
    where: { OR: removed.map((permission) => ({ scopes: { contains: JSON.stringify(permission) } })) },
    select: { id: true, name: true, prefix: true, scopes: true, userId: true, user: { select: { email: true } } },
  });
  const gone = new Set(removed);
  let narrowed = 0;
  for (const key of keys) {
    const before = parseScopes(key.scopes) ?? [];
    const after = before.filter((scope) => !gone.has(scope));
    if (after.length === before.length) continue;
    await tx.apiKey.update({ where: { id: key.id }, data: { scopes: JSON.stringify(after) } });
    await recordAudit(tx, actor, {
      action: "api_key.scopes_changed",
      target: auditTarget(key),
      details: {
        owner: key.user.email,
        scopes: { before, after },
        removed: before.filter((scope) => gone.has(scope)),
        reason: `${cause.action} (${cause.service})`,
      },
    });
    narrowed += 1;
  }
  return { groups: [...new Set(grants.map((grant) => grant.group.name))].sort(), keys: narrowed };
}
