import { expect, signIn, test } from "../support/fixtures";
import { chooseAction, keyRow, openApiKeysTab, seedApiKey } from "./support";

test("a user without api_keys:create sees their keys and who can grant the right, but cannot create", async ({ page, createUser }) => {
  const user = await createUser({ permissions: ["users:read"] });
  const key = await seedApiKey(user.id, { name: "From before" });
  await signIn(page, user);
  await openApiKeysTab(page);
  await expect(page.getByText(/needs the api_keys:create permission.*ask one of them/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Create API key" })).toHaveCount(0);
  await expect(keyRow(page, "From before")).toContainText(key.prefix);
  // They still control the keys they have.
  await chooseAction(page, "From before", "Disable");
  await expect(keyRow(page, "From before").getByRole("cell").nth(5)).toHaveText("Disabled");
  // The administrators' pages are not theirs.
  await page.goto("/admin/api-keys");
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toHaveCount(0);
});

test("an administrator revokes another user's key; its owner sees it revoked", async ({ page, browser, adminPage, createUser }) => {
  const owner = await createUser({ permissions: ["api_keys:create"] });
  const { name } = await seedApiKey(owner.id);
  await seedApiKey(owner.id, { name: `${name} (other)`, expiresInDays: 5 });

  await adminPage.goto("/admin/api-keys");
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();
  const row = keyRow(page, name);
  await expect(row).toContainText(owner.name);
  await chooseAction(page, name, "Revoke");
  const confirm = page.getByRole("alertdialog", { name: "Revoke API key?" });
  await expect(confirm).toContainText(`owned by ${owner.name}`);
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  await expect(confirm).toBeHidden();
  await expect(row.getByRole("cell").nth(6)).toHaveText("Revoked");

  // The filters narrow the list: only the other key expires within a week.
  await page.getByLabel("Expires within (days)").fill("7");
  await expect(keyRow(page, `${name} (other)`)).toBeVisible();
  await expect(keyRow(page, name)).toHaveCount(0);
  await expect(page).toHaveURL(/expiresWithin=7/);

  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await signIn(ownerPage, owner);
  await openApiKeysTab(ownerPage);
  await expect(keyRow(ownerPage, name).getByRole("cell").nth(5)).toHaveText("Revoked");
  await ownerContext.close();
});

test("administrators set a key's rate limit and the policy that new keys follow", async ({ page, adminPage, createUser }) => {
  const owner = await createUser({ permissions: ["api_keys:create"] });
  const { name } = await seedApiKey(owner.id);

  await adminPage.goto("/admin/api-keys");
  await chooseAction(page, name, "Set rate limit");
  const dialog = page.getByRole("dialog", { name: `Rate limit for “${name}”` });
  await dialog.getByLabel("Requests per minute").fill("30");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(keyRow(page, name)).toContainText("30/min");

  // "No expiration" is offered only once the policy allows it.
  await openApiKeysTab(page);
  await page.getByRole("button", { name: "Create API key" }).click();
  await page.getByRole("dialog", { name: "Create API key" }).getByRole("combobox", { name: "Expiration" }).click();
  await expect(page.getByRole("option", { name: "1 year" })).toBeVisible();
  await expect(page.getByRole("option", { name: "No expiration" })).toHaveCount(0);

  await page.goto("/admin/policy");
  await page.getByLabel("Allow keys that never expire").check();
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText("Policy saved")).toBeVisible();

  await openApiKeysTab(page);
  await page.getByRole("button", { name: "Create API key" }).click();
  await page.getByRole("dialog", { name: "Create API key" }).getByRole("combobox", { name: "Expiration" }).click();
  await expect(page.getByRole("option", { name: "No expiration" })).toBeVisible();
  await page.keyboard.press("Escape");

  // Put the policy back: other journeys expect the default.
  await page.goto("/admin/policy");
  await page.getByLabel("Allow keys that never expire").uncheck();
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText("Policy saved")).toBeVisible();
});
