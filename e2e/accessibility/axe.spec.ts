// axe-core on every console page and the main dialogs and menus, in light and dark mode, at
// desktop and phone width: no serious or critical violation. Each finding names what it looked
// at, and the page list is compared with app/, so a new page without a check fails here.
import { readdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { seedApiKey } from "../api-keys/support";
import { expect, signIn, test } from "../support/fixtures";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SCHEMES = ["light", "dark"] as const;
const WIDTHS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

/** The serious and critical violations on the page as it is now, one line each. */
async function violations(page: Page, what: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${what}: ${violation.impact} ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(" ")}`);
}

/** Route patterns of app/ (e.g. /admin/users/[id]), read from its page files. */
function appRoutes(): string[] {
  const found: string[] = [];
  const walk = (dir: string, route: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile() && entry.name === "page.tsx") found.push(route || "/");
      if (!entry.isDirectory()) continue;
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      walk(path.join(dir, entry.name), route + segment);
    }
  };
  walk(path.resolve(import.meta.dirname, "../../app"), "");
  return found.sort();
}

/** What the checks below visit. The API reference (/docs/api) is not checked yet (issue 14.6). */
const CHECKED_ROUTES = ["/", "/admin/api-keys", "/admin/audit", "/admin/groups", "/admin/groups/[id]", "/admin/policy", "/admin/services", "/admin/services/[id]", "/admin/users", "/admin/users/[id]", "/login", "/preferences"];

test("every page of app/ is in the accessibility check", () => {
  expect(appRoutes().filter((route) => !route.startsWith("/docs/"))).toEqual(CHECKED_ROUTES);
});

for (const scheme of SCHEMES) {
  for (const size of WIDTHS) {
    test(`no serious or critical axe violation, ${scheme} mode, ${size.name}`, async ({ page, admin, createUser }) => {
      test.setTimeout(180_000);
      // Reduced motion: axe measures colours as they end, not halfway through a fade-in.
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await page.setViewportSize(size);
      const found: string[] = [];
      const check = async (what: string) => found.push(...(await violations(page, what)));

      await page.goto("/login");
      await check("/login");

      const user = await createUser({ permissions: ["users:read"] });
      const revoked = await seedApiKey(admin.id, { name: "Revoked key" });
      await db.apiKey.update({ where: { id: revoked.id }, data: { status: "REVOKED", revokedAt: new Date() } });
      await seedApiKey(admin.id, { name: "Live key" });
      const group = await db.group.findFirstOrThrow({ where: { builtIn: true } });
      const slug = `axe-${scheme}-${size.name}-${Date.now().toString(36)}`;
      const service = await db.service.create({ data: { name: "Axe service", slug, permissions: { create: [{ name: "read", description: "See it" }] } } });
      await signIn(page, admin);
      const pages: Record<string, string> = {
        "/": "/",
        "/admin/users": "/admin/users",
        "/admin/users/[id]": `/admin/users/${user.id}`,
        "/admin/groups": "/admin/groups",
        "/admin/groups/[id]": `/admin/groups/${group.id}`,
        "/admin/api-keys": "/admin/api-keys",
        "/admin/audit": "/admin/audit",
        "/admin/policy": "/admin/policy",
        "/admin/services": "/admin/services",
        "/admin/services/[id]": `/admin/services/${service.id}`,
        "/preferences": "/preferences",
      };
      for (const [route, url] of Object.entries(pages)) {
        await page.goto(url);
        await check(route);
      }
      for (const tab of ["api-keys", "sessions", "two-factor"]) {
        await page.goto(`/preferences?tab=${tab}`);
        await check(`/preferences?tab=${tab}`);
      }

      // Menus and dialogs.
      await page.goto("/preferences?tab=api-keys");
      await page.getByRole("button", { name: "Actions for Live key", exact: true }).click();
      await page.getByRole("menu").waitFor();
      await check("a key's row menu");
      await page.getByRole("menuitem", { name: "Details" }).click();
      const details = page.getByRole("dialog", { name: "Key details" });
      await details.waitFor();
      await check("Key details dialog");
      await details.getByRole("button", { name: "Done" }).click();
      await details.waitFor({ state: "hidden" });
      await page.getByRole("button", { name: "Create API key" }).click();
      const create = page.getByRole("dialog", { name: "Create API key" });
      await create.waitFor();
      await check("Create API key dialog");
      await create.getByLabel("Name").fill(`Axe ${scheme} ${size.name}`);
      await create.getByRole("button", { name: "Create" }).click();
      const reveal = page.getByRole("dialog", { name: "Save your API key" });
      await reveal.waitFor();
      await check("Save your API key dialog");
      await reveal.getByRole("button", { name: "Done" }).click();
      await page.getByRole("button", { name: "Actions for Live key", exact: true }).click();
      await page.getByRole("menuitem", { name: "Disable" }).click();
      await page.getByText("Disabled “Live key”").waitFor();
      await check("the toast after disabling a key");
      await page.getByRole("button", { name: "Actions for Live key", exact: true }).click();
      await page.getByRole("menuitem", { name: "Revoke" }).click();
      await page.getByRole("alertdialog").waitFor();
      await check("Revoke confirmation");
      await page.keyboard.press("Escape");

      await page.goto("/admin/users");
      await page.getByRole("button", { name: "New user" }).click();
      await page.getByRole("dialog", { name: "New user" }).waitFor();
      await check("New user dialog");
      await page.goto("/admin/groups");
      await page.getByRole("button", { name: "New group" }).click();
      await page.getByRole("dialog", { name: "New group" }).waitFor();
      await check("New group dialog");
      await page.goto("/admin/services");
      await page.getByRole("button", { name: "New service" }).click();
      await page.getByRole("dialog", { name: "New service" }).waitFor();
      await check("New service dialog");

      expect(found).toEqual([]);
    });
  }
}
