// Cursor pagination: the cursors in next_cursor page through every list, on either instance,
// and a cursor the server never issued is refused (400 invalid_cursor) rather than read as
// some position and answered with a wrong or empty last page (lib/api/cursor.ts).
import { describe, expect, it } from "vitest";
import { api, seedKey } from "../helpers/api";
import { seedGroup, seedUser, unique } from "../helpers/seed";

type Page = { data: { id: string }[]; next_cursor: string | null };

async function adminKey() {
  const { user } = await seedUser({ admin: true });
  return { user, key: (await seedKey(user.id, { rateLimit: 100_000 })).key };
}

/** Every id of a list, two at a time, alternating between the two instances. */
async function pageThrough(path: string, key: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let server = 0; ; server = 1 - server) {
    const separator = path.includes("?") ? "&" : "?";
    const answer = await api(`${path}${separator}limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, { key, server });
    expect(answer.status, answer.text).toBe(200);
    const page = answer.body as Page;
    ids.push(...page.data.map((item) => item.id));
    if (!page.next_cursor) return ids;
    cursor = page.next_cursor;
  }
}

describe("cursors", () => {
  it("page through each list exactly once", async () => {
    const { user, key } = await adminKey();
    const tag = unique("paged").toLowerCase();
    const users = await Promise.all([1, 2, 3].map((n) => seedUser({ name: `${tag} ${n}` })));
    // Made through the API, so that the audit log has three events by this user to page through.
    const groups: string[] = [];
    for (const n of [1, 2, 3]) groups.push(((await api("/api/v1/groups", { key, method: "POST", body: { name: `${tag} ${n}` } })).body as { id: string }).id);
    const keys = await Promise.all([1, 2, 3].map(() => seedKey(user.id)));

    expect((await pageThrough(`/api/v1/users?q=${tag}`, key)).sort()).toEqual(users.map(({ user }) => user.id).sort());
    expect((await pageThrough(`/api/v1/groups?q=${tag}`, key)).sort()).toEqual(groups.sort());
    const keyIds = await pageThrough("/api/v1/api-keys", key);
    expect(keyIds).toEqual(expect.arrayContaining(keys.map(({ row }) => row.id)));
    expect(new Set(keyIds).size).toBe(keyIds.length);
    const events = await pageThrough(`/api/v1/audit-events?actorId=${user.id}&action=group.created`, key);
    expect(events).toHaveLength(3);
    expect(new Set(events).size).toBe(3);
  });

  it("refuse a cursor the server did not issue, or issued for another list", async () => {
    const { user, key } = await adminKey();
    await Promise.all([seedUser(), seedUser(), seedUser(), seedGroup(), seedGroup(), seedGroup()]);
    const first = (await api("/api/v1/users?limit=1", { key })).body as Page;
    const issued = first.next_cursor!;
    const [position, tag] = issued.split(".");
    const forged = [
      user.id, // an id, as cursors were before they were sealed
      "zzzz",
      `${Buffer.from("zzzz").toString("base64url")}.${tag}`, // another position with a real tag
      `${position}.${"A".repeat(tag.length)}`,
      `${position}.${tag}.extra`,
    ];
    for (const list of ["users", "groups", "audit-events", "api-keys"]) {
      for (const cursor of [...forged, ...(list === "users" ? [] : [issued])]) {
        const answer = await api(`/api/v1/${list}?cursor=${encodeURIComponent(cursor)}`, { key });
        expect(answer.status, `${list} ${cursor}: ${answer.text}`).toBe(400);
        expect(answer.body).toMatchObject({ code: "invalid_cursor", type: "/docs/api#problem-invalid_cursor" });
      }
    }
  });
});
