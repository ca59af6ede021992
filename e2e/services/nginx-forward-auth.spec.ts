// A service behind a real reverse proxy that asks Latchkey's forward-auth before every request:
// NGINX (auth_request) and Caddy (forward_auth), both from Debian (.ci/run installs them), in front of a small
// node:http service that echoes the X-Latchkey-* headers it was given. What the console does to
// a key or a membership decides the very next request through the proxy.
import { db } from "@/lib/db";
import type { Permission } from "@/lib/permissions/catalogue";
import { caddyAvailable, startCaddy, startNginx, startUpstream, type Proxy, type Upstream } from "../../scripts/proxies";
import { seedGroup, seedService, unique } from "../../tests/helpers/seed";
import { chooseAction, keyRow, openApiKeysTab, seedApiKey } from "../api-keys/support";
import { expect, signIn, test, type SeededUser } from "../support/fixtures";

const latchkeyUrl = `http://127.0.0.1:${process.env.E2E_PORT}`;

let upstream: Upstream;
test.beforeAll(async () => {
  upstream = await startUpstream();
});
test.afterAll(async () => {
  await upstream?.close();
});

// Sent by the client on every request: the proxy must replace them with Latchkey's answer.
const SPOOFED = { "X-Latchkey-User-Email": "spoofed@example.test", "X-Latchkey-User-Id": "spoofed", "X-Latchkey-Permissions": "everything" };

/** Through the proxy, with the key (if any) as a Bearer token, and identity headers of the client's own making. */
async function through(proxy: Proxy, key?: string) {
  const response = await fetch(`${proxy.baseUrl}/reports/1?format=csv`, { headers: { ...SPOOFED, ...(key ? { Authorization: `Bearer ${key}` } : {}) } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

/** A service, a group granting its read permission, and a user in it (who may manage their own keys). */
async function serviceWithReader(createUser: (options?: { permissions?: Permission[] }) => Promise<SeededUser>) {
  const { service, permissions } = await seedService({ permissions: ["read", "write"] });
  const group = await seedGroup({ name: unique("Readers"), permissions: [permissions[0]] });
  const reader = await createUser({ permissions: ["api_keys:create"] });
  await db.membership.create({ data: { userId: reader.id, groupId: group.id } });
  const outsider = await createUser();
  return { service, permission: permissions[0], group, reader, outsider };
}

test("NGINX lets a key through only while it holds the service's permission: revoking it or leaving the group stops the next request", async ({ page, browser, createUser, admin }) => {
  const { service, permission, group, reader, outsider } = await serviceWithReader(createUser);
  const revoked = await seedApiKey(reader.id, { name: unique("Proxy key") });
  const second = await seedApiKey(reader.id, { name: unique("Second key") });
  const outsiders = await seedApiKey(outsider.id);

  const nginx = await startNginx({ upstreamPort: upstream.port, latchkeyUrl, permission });
  try {
    const anonymous = await through(nginx);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await through(nginx, outsiders.plaintext)).status).toBe(403);

    const allowed = await through(nginx, revoked.plaintext);
    expect(allowed.status).toBe(200);
    const echoed = JSON.parse(allowed.text) as { path: string; headers: Record<string, string> };
    expect(echoed.path).toBe("/reports/1?format=csv");
    expect(echoed.headers["x-latchkey-user-email"]).toBe(reader.email);
    expect(echoed.headers["x-latchkey-user-id"]).toBe(reader.id);
    expect(echoed.headers["x-latchkey-key-id"]).toBe(revoked.id);
    expect(echoed.headers["x-latchkey-permissions"]).toBe(permission);

    // Over the key's rate limit: NGINX names the 429 again, with Retry-After.
    const limited = await seedApiKey(reader.id);
    await db.apiKey.update({ where: { id: limited.id }, data: { rateLimit: 1 } });
    expect((await through(nginx, limited.plaintext)).status).toBe(200);
    const refused = await through(nginx, limited.plaintext);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);

    // The key's details show its use of the service, with the request NGINX named, once the
    // coalesced usage is written (every couple of seconds).
    await expect.poll(() => db.apiKeyServiceUsage.count({ where: { apiKeyId: revoked.id } }), { timeout: 15_000 }).toBe(1);
    await signIn(page, reader);
    await openApiKeysTab(page);
    await chooseAction(page, revoked.name, "Details");
    const details = page.getByRole("dialog", { name: "Key details" });
    const usage = details.getByRole("table", { name: "Usage per service" });
    await expect(usage.getByRole("row", { name: new RegExp(`${service.name}\\s+1\\s`) })).toBeVisible();
    await expect(usage.getByText("GET /reports/1?format=csv")).toBeVisible();
    await details.getByRole("button", { name: "Done" }).click();
    await expect(details).toBeHidden();
    await expect(keyRow(page, second.name)).not.toContainText("Bound to");

    // The owner revokes the key in the console: the very next request is refused.
    await chooseAction(page, revoked.name, "Revoke");
    const confirm = page.getByRole("alertdialog", { name: "Revoke API key?" });
    await confirm.getByRole("button", { name: "Revoke key" }).click();
    await expect(confirm).toBeHidden();
    await expect(keyRow(page, revoked.name)).toHaveAttribute("data-key-status", "revoked");
    expect((await through(nginx, revoked.plaintext)).status).toBe(403);

    // An administrator removes the owner from the group: their other key stops at once too.
    expect((await through(nginx, second.plaintext)).status).toBe(200);
    const adminContext = await browser.newContext();
    try {
      const adminPage = await adminContext.newPage();
      await signIn(adminPage, admin);
      await adminPage.goto(`/admin/groups/${group.id}`);
      await adminPage.locator("html[data-hydrated]").waitFor({ state: "attached" });
      const members = adminPage.getByRole("region", { name: "Members" });
      await members.getByRole("row", { name: new RegExp(reader.name) }).getByRole("button", { name: "Remove" }).click();
      await adminPage.getByRole("alertdialog", { name: `Remove ${reader.name} from ${group.name}?` }).getByRole("button", { name: "Remove" }).click();
      await expect(adminPage.getByText(`${reader.name} was removed from ${group.name}`)).toBeVisible();
    } finally {
      await adminContext.close();
    }
    expect((await through(nginx, second.plaintext)).status).toBe(403);
  } finally {
    await nginx.stop();
  }
});

test("Caddy's forward_auth: 401 without a key, 403 without the permission, 200 with the user's headers", async ({ createUser }) => {
  expect(caddyAvailable(), "Caddy is installed (.ci/run installs it)").toBe(true);
  const { permission, reader, outsider } = await serviceWithReader(createUser);
  const key = await seedApiKey(reader.id);
  const outsiders = await seedApiKey(outsider.id);
  const caddy = await startCaddy({ upstreamPort: upstream.port, latchkeyUrl, permission });
  try {
    expect((await through(caddy)).status).toBe(401);
    expect((await through(caddy, outsiders.plaintext)).status).toBe(403);
    const allowed = await through(caddy, key.plaintext);
    expect(allowed.status).toBe(200);
    const echoed = JSON.parse(allowed.text) as { headers: Record<string, string> };
    expect(echoed.headers["x-latchkey-user-email"]).toBe(reader.email);
    expect(echoed.headers["x-latchkey-permissions"]).toBe(permission);
  } finally {
    await caddy.stop();
  }
});
