import { db } from "@/lib/db";
import { unique } from "../../tests/helpers/seed";
import { expect, signIn, test } from "../support/fixtures";
import { openApiKeysTab } from "./support";

test("an administrator makes a preset; a user's key from it gets only what the user holds, shown before Create", async ({ adminPage, browser, createUser }) => {
  const presetName = unique("Readers");
  await adminPage.goto("/admin/policy");
  await adminPage.getByRole("button", { name: "New preset" }).click();
  const dialog = adminPage.getByRole("dialog", { name: "New preset" });
  await dialog.getByLabel("Name").fill(presetName);
  await dialog.getByLabel("Description").fill("Read users and the audit log");
  await dialog.getByRole("checkbox", { name: "users:read" }).check();
  await dialog.getByRole("checkbox", { name: "audit:read" }).check();
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(dialog).toBeHidden();
  const row = adminPage.getByRole("table", { name: "Access presets" }).getByRole("row").filter({ hasText: presetName });
  await expect(row).toContainText("users:read");
  await expect(row).toContainText("audit:read");

  const user = await createUser({ permissions: ["api_keys:create", "users:read"] });
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  await openApiKeysTab(page);
  await page.getByRole("button", { name: "Create API key" }).click();
  const create = page.getByRole("dialog", { name: "Create API key" });
  await create.getByLabel("Name").fill("From a preset");
  await create.getByRole("radio", { name: "Use a preset" }).click();
  await create.getByRole("combobox", { name: "Preset" }).click();
  await page.getByRole("option", { name: presetName }).click();
  await expect(create.getByRole("list", { name: "The key will get" }).getByRole("listitem")).toHaveText(["users:read"]);
  await expect(create.getByRole("list", { name: "Left out because you do not hold them" }).getByRole("listitem")).toHaveText(["audit:read"]);
  await create.getByRole("button", { name: "Create" }).click();
  await page.getByRole("dialog", { name: "Save your API key" }).getByRole("button", { name: "Done" }).click();

  const key = await db.apiKey.findFirstOrThrow({ where: { userId: user.id, name: "From a preset" } });
  expect(JSON.parse(key.scopes!)).toEqual(["users:read"]);
  await context.close();
});
