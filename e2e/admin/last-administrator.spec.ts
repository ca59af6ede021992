// The last administrator cannot be removed. The shared e2e server has many administrators
// (each test makes its own), so this runs against a server of its own whose database has
// exactly one: the first administrator that start-up creates.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db";
import { bootstrap } from "@/lib/users/bootstrap";
import { startServer } from "../../scripts/server";
import { expect, signIn, test } from "../support/fixtures";

const root = path.resolve(import.meta.dirname, "../..");
const admin = { email: "only-admin@e2e.test", password: "solitary Lighthouse 58 keeper" };
let server: Awaited<ReturnType<typeof startServer>>;
let dataDir: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dataDir = mkdtempSync(path.join(os.tmpdir(), "latchkey-e2e-last-admin-"));
  const databaseUrl = `file:${path.join(dataDir, "latchkey.db")}`;
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/db.ts", "migrate"], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } });
  const db = createDb(databaseUrl);
  await bootstrap(db, admin);
  await db.$disconnect();
  server = await startServer(databaseUrl);
});

test.afterAll(async () => {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test("the only administrator cannot remove themselves from Administrators: an alert says why", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.baseUrl });
  const page = await context.newPage();
  await signIn(page, admin);

  await page.goto("/admin/groups");
  await page.getByRole("link", { name: "Administrators" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Administrators" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete group" })).toHaveCount(0);

  const members = page.getByRole("region", { name: "Members" });
  await members.getByRole("row", { name: /only-admin@e2e\.test/ }).getByRole("button", { name: "Remove" }).click();
  const confirm = page.getByRole("alertdialog", { name: /Remove .* from Administrators\?/ });
  await confirm.getByRole("button", { name: "Remove" }).click();
  await expect(confirm.getByRole("alert")).toHaveText(/Administrators must keep at least one active member/);
  await confirm.getByRole("button", { name: "Cancel" }).click();

  // Still there, on reload too; and the same refusal from the user's own page.
  await page.reload();
  await expect(members.getByRole("row", { name: /only-admin@e2e\.test/ })).toBeVisible();
  await members.getByRole("link", { name: "Administrator", exact: true }).click();
  const groups = page.getByRole("region", { name: "Groups" });
  await groups.getByRole("row", { name: /Administrators/ }).getByRole("button", { name: "Remove" }).click();
  const again = page.getByRole("alertdialog");
  await again.getByRole("button", { name: "Remove" }).click();
  await expect(again.getByRole("alert")).toHaveText(/at least one active member/);
  // Nobody disables or deletes themselves: the buttons are not offered.
  await again.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Disable user" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete user" })).toHaveCount(0);
  await context.close();
});
