// Another process writing to DATABASE_URL's database through the app's own code, for tests
// that need writes landing meanwhile: creates users (each with its audit event, in one
// transaction) one after another, printing "wrote <n>" after each, until SIGTERM.
// Run with: node --import tsx --conditions=react-server tests/helpers/write-users.ts <label>
import { SYSTEM_ACTOR } from "@/lib/auth/system-actor";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";

const label = process.argv[2] ?? "writer";
let stopping = false;
process.on("SIGTERM", () => (stopping = true));

for (let n = 1; !stopping; n++) {
  await createUser({ actor: SYSTEM_ACTOR, input: { email: `${label}-${n}@example.test`, name: `${label} ${n}`, groupIds: [] } });
  process.stdout.write(`wrote ${n}\n`);
}
await db.$disconnect();
