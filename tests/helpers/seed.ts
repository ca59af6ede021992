// Seed helpers for integration tests: each test makes its own data with unique names.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { ADMINISTRATORS_GROUP, type Permission } from "@/lib/permissions/catalogue";
import { permissionsOfUser } from "@/lib/permissions/holdings";

export const TEST_PASSWORD = "correct horse battery staple 42";
let passwordHash: Promise<string> | undefined;

export const unique = (label = "t") => `${label}-${randomUUID().slice(0, 8)}`;

/** The built-in Administrators group, created on first use like `npm start` does. */
export async function administratorsGroup() {
  return (
    (await db.group.findFirst({ where: { builtIn: true } })) ??
    db.group.create({ data: { name: ADMINISTRATORS_GROUP, builtIn: true } })
  );
}

export async function seedGroup({ name = unique("group"), permissions = [] as Permission[] } = {}) {
  return db.group.create({
    data: { name, permissions: { create: permissions.map((permission) => ({ permission })) } },
  });
}

export async function actorFor(userId: string, ip: string | null = "203.0.113.7"): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return { userId: user.id, email: user.email, name: user.name, permissions: await permissionsOfUser(db, user.id), ip };
}

/**
 * A user with exactly `permissions` (through a group of their own), or an administrator.
 * Their password is TEST_PASSWORD.
 */
export async function seedUser({
  permissions = [] as Permission[],
  admin = false,
  status = "ACTIVE" as "ACTIVE" | "DISABLED",
  name = unique("User"),
  email = `${unique("user")}@example.test`,
} = {}) {
  const groups = [];
  if (admin) groups.push((await administratorsGroup()).id);
  if (permissions.length > 0) groups.push((await seedGroup({ permissions })).id);
  const user = await db.user.create({
    data: {
      name,
      email: email.toLowerCase(),
      status,
      passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)),
      memberships: { create: groups.map((groupId) => ({ groupId })) },
    },
  });
  return { user, actor: await actorFor(user.id) };
}

/** A service (unique slug) defining `permissions`, each known as `<slug>:<name>`. */
export async function seedService({ slug = unique("svc").replace(/[^a-z0-9-]/g, ""), name = "Service", permissions = ["read"] as string[] } = {}) {
  const service = await db.service.create({
    data: { slug, name, permissions: { create: permissions.map((permission) => ({ name: permission })) } },
  });
  return { service, permissions: permissions.map((permission) => `${slug}:${permission}`) };
}
