// The console's server actions pass their parsed input straight to these lib functions, so a
// forged argument (someone else's key, user or group id) must be refused here, on the server.
import { describe, expect, it } from "vitest";
import { generateApiKey, displayPrefix, hashApiKey } from "@/lib/api-keys/format";
import { hideApiKey } from "@/lib/api-keys/hide-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { setApiKeyRateLimit } from "@/lib/api-keys/set-api-key-rate-limit";
import { disableApiKey, enableApiKey } from "@/lib/api-keys/set-api-key-status";
import { updateApiKey } from "@/lib/api-keys/update-api-key";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { removeMember } from "@/lib/groups/members";
import { resetPassword } from "@/lib/users/reset-password";
import { administratorsGroup, seedUser, unique } from "../helpers/seed";

async function keyOf(userId: string) {
  const plain = generateApiKey();
  return db.apiKey.create({ data: { userId, name: unique("key"), prefix: displayPrefix(plain), hash: hashApiKey(plain), expiresAt: new Date(Date.now() + 86_400_000) } });
}

describe("server actions called with forged arguments", () => {
  it("cannot touch another user's key without api_keys:manage (not found, nothing changes)", async () => {
    const { actor } = await seedUser({ permissions: ["api_keys:create", "users:read"] });
    const { user: victim } = await seedUser();
    const key = await keyOf(victim.id);
    const forged = [
      () => updateApiKey({ actor, input: { id: key.id, name: "mine now", description: "" } }),
      () => disableApiKey({ actor, input: { id: key.id } }),
      () => enableApiKey({ actor, input: { id: key.id } }),
      () => revokeApiKey({ actor, input: { id: key.id } }),
      () => hideApiKey({ actor, input: { id: key.id } }),
    ];
    for (const attempt of forged) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    await expect(setApiKeyRateLimit({ actor, input: { id: key.id, rateLimit: 100_000 } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).toMatchObject({ name: key.name, status: "ACTIVE", hiddenAt: null, rateLimit: null });
    expect(await db.auditEvent.count({ where: { targetId: key.id } })).toBe(0);
  });

  it("cannot reset an administrator's password or remove them from Administrators as a lesser user", async () => {
    const { actor } = await seedUser({ permissions: ["users:read", "users:write", "groups:write"] });
    const { user: admin } = await seedUser({ admin: true });
    await seedUser({ admin: true });
    await expect(resetPassword({ actor, input: { userId: admin.id, password: "violet Harbour 71 quietly" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeMember({ actor, input: { groupId: (await administratorsGroup()).id, userId: admin.id } })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).passwordHash).toBe(admin.passwordHash);
  });
});
