import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { listAuditEvents } from "@/lib/audit/queries";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { createGroup } from "@/lib/groups/create-group";
import { listOptions } from "@/lib/groups/list-params";
import { listGroups } from "@/lib/groups/queries";
import { usersListOptions } from "@/lib/users/list-params";
import { listUsers } from "@/lib/users/queries";
import { TEST_PASSWORD, seedUser, unique } from "../helpers/seed";

// Each runs on SQLite and PostgreSQL; on PostgreSQL a NUL reaching a query is an error (a 500).
describe("a NUL never reaches the database", () => {
  it("a sign-in with a NUL in the email is a wrong sign-in, not an error", async () => {
    const { user } = await seedUser();
    expect(await signInWithPassword({ email: `${user.email}\u0000`, password: TEST_PASSWORD }, "198.51.100.60")).toBeNull();
  });

  it("the console's user and group searches drop control characters from the URL's text", async () => {
    const { actor } = await seedUser({ admin: true });
    const { user } = await seedUser({ name: unique("Searchable") });
    const users = await listUsers({ actor, ...usersListOptions({ q: `${user.name}\u0000`, status: "all", sort: "name", dir: "asc", page: 1 }) });
    expect(users.rows.map((row) => row.id)).toEqual([user.id]);
    const groups = await listGroups({ actor, ...listOptions({ q: "\u0000\u202E", page: 1 }, 20) });
    expect(groups.rows.length).toBeGreaterThanOrEqual(0);
  });

  it("an audit cursor whose id holds a NUL is unreadable and starts from the newest", async () => {
    const { actor } = await seedUser({ admin: true });
    const cursor = Buffer.from(JSON.stringify([new Date().toISOString(), "\u0000"])).toString("base64url");
    await expect(listAuditEvents({ actor, input: { cursor, limit: 5 } })).resolves.toMatchObject({ rows: expect.any(Array) });
  });

  it("creating a group with a control character is a field error", async () => {
    const { actor } = await seedUser({ admin: true });
    const refused = createGroup({ actor, input: { name: `${unique("Group")}\u0000` } });
    await expect(refused).rejects.toBeInstanceOf(ZodError);
    await expect(refused).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["name"], message: "Must not contain control characters or text-direction overrides" })] });
  });
});
