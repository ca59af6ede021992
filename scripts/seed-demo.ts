// Fills a database with demo users and groups, fast (bulk inserts), for trying the console
// at scale and for `npm run bench`. Uses DATABASE_URL (SQLite by default) like the server.
//   npm run seed:demo -- --users 100000 --groups 500
// Demo users have no password (they cannot sign in); reset one's password to try it.
import { randomBytes, randomInt } from "node:crypto";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";

const FIRST = "Ada Alan Grace Linus Margaret Ken Barbara Dennis Frances Edsger Radia John Sophie Tim Katherine Donald Hedy Niklaus Annie Guido Joan Bjarne Mary Larry Shafi Whitfield Lynn Vint Jean Ivan".split(" ");
const LAST = "Lovelace Turing Hopper Torvalds Hamilton Thompson Liskov Ritchie Allen Dijkstra Perlman Backus Wilson Berners-Lee Johnson Knuth Lamarr Wirth Easley van-Rossum Clarke Stroustrup Keller Page Goldwasser Diffie Conway Cerf Sammet Sutherland Smith Garcia Müller Nakamura Okafor Novak Rossi Dubois Kowalski Andersen".split(" ");
const TEAMS = "Platform Support Billing Security Data Mobile Web Infra Research Sales Marketing Finance Legal Design Ops Growth Identity Payments Search Mail".split(" ");
const GRANTABLE = ["users:read", "users:write", "groups:read", "groups:write", "api_keys:create", "api_keys:manage", "audit:read"] as const;

const pick = <T>(items: readonly T[]) => items[randomInt(items.length)];
const id = () => `d${randomBytes(12).toString("hex")}`;
const DAY = 86_400_000;

export async function seedDemo({ users, groups }: { users: number; groups: number }) {
  const { db } = await import("../lib/db");
  const { ensureAdministratorsGroup } = await import("../lib/users/bootstrap");
  await db.$transaction((tx) => ensureAdministratorsGroup(tx));
  // A tag per run keeps emails and group names unique when seeding the same database twice.
  const run = randomBytes(2).toString("hex");
  const started = Date.now();

  const groupRows = Array.from({ length: groups }, (_, index) => ({
    id: id(),
    name: `${pick(TEAMS)} ${index + 1} (${run})`,
    description: `Demo group ${index + 1}`,
  }));
  await db.group.createMany({ data: groupRows });
  await db.groupPermission.createMany({
    data: groupRows.flatMap((group) => GRANTABLE.filter((permission) => permission.endsWith(":read") && randomInt(3) === 0).map((permission) => ({ groupId: group.id, permission }))),
  });

  const now = Date.now();
  const CHUNK = 2_000;
  let memberships = 0;
  for (let offset = 0; offset < users; offset += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, users - offset) }, (_, i) => {
      const first = pick(FIRST);
      const last = pick(LAST);
      const createdAt = new Date(now - randomInt(3 * 365) * DAY - randomInt(DAY));
      return {
        id: id(),
        name: `${first} ${last.replace(/-/g, " ")}`,
        email: `${first}.${last}.${offset + i + 1}.${run}@demo.example`.toLowerCase(),
        status: randomInt(20) === 0 ? ("DISABLED" as const) : ("ACTIVE" as const),
        createdAt,
        lastLoginAt: randomInt(10) < 7 ? new Date(Math.max(createdAt.getTime(), now - randomInt(90 * DAY))) : null,
      };
    });
    await db.user.createMany({ data: rows });
    if (groupRows.length > 0) {
      const links = rows.flatMap((user) => {
        const chosen = new Set(Array.from({ length: randomInt(4) }, () => pick(groupRows).id));
        return [...chosen].map((groupId) => ({ userId: user.id, groupId }));
      });
      await db.membership.createMany({ data: links });
      memberships += links.length;
    }
    if (process.stdout.isTTY) process.stdout.write(`\r  users ${Math.min(offset + CHUNK, users)}/${users}`);
  }
  if (process.stdout.isTTY) process.stdout.write("\n");
  // Fresh statistics after a bulk load, so both planners pick the search indexes; on
  // PostgreSQL VACUUM also merges the trigram indexes' pending entries (autovacuum would, later).
  const { isPostgres } = await import("../lib/db/url");
  await db.$executeRawUnsafe(isPostgres() ? "VACUUM ANALYZE" : "ANALYZE");
  console.log(`Seeded ${users} users, ${groups} groups and ${memberships} memberships in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  await db.$disconnect();
}

async function main() {
  const { values } = parseArgs({ options: { users: { type: "string", default: "1000" }, groups: { type: "string", default: "20" } } });
  const users = Number(values.users);
  const groups = Number(values.groups);
  if (!Number.isInteger(users) || users < 0 || !Number.isInteger(groups) || groups < 0) {
    console.error("usage: npm run seed:demo -- [--users 100000] [--groups 500]");
    process.exit(2);
  }
  const root = path.resolve(import.meta.dirname, "..");
  const migrated = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/db.ts", "migrate"], { cwd: root, stdio: "inherit" });
  if (migrated.status !== 0) process.exit(1);
  await seedDemo({ users, groups });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
