import { expect, signIn, test } from "../support/fixtures";
import { chooseAction, keyRow, openApiKeysTab, seedApiKey } from "./support";

test("edit a key's name and description", async ({ page, createUser }) => {
  const user = await createUser({ permissions: ["api_keys:create"] });
  const key = await seedApiKey(user.id, { name: "Old name" });
  await signIn(page, user);
  await openApiKeysTab(page);

  await chooseAction(page, "Old name", "Edit");
  const edit = page.getByRole("dialog", { name: "Edit API key" });
  await expect(edit.getByLabel("Name")).toHaveValue("Old name");
  await edit.getByLabel("Name").fill("New name");
  await edit.getByLabel("Description").fill("Nightly export");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();
  await expect(keyRow(page, "New name")).toContainText("Nightly export");
  await expect(keyRow(page, "New name")).toContainText(key.prefix);
  await expect(page.getByRole("button", { name: "Actions for New name" })).toBeFocused();

  await page.reload();
  await expect(keyRow(page, "New name")).toContainText("Nightly export");
});

test("disable and enable a key", async ({ page, createUser }) => {
  const user = await createUser({ permissions: ["api_keys:create"] });
  await seedApiKey(user.id, { name: "Toggle me" });
  await signIn(page, user);
  await openApiKeysTab(page);

  await chooseAction(page, "Toggle me", "Disable");
  await expect(keyRow(page, "Toggle me").getByRole("cell").nth(5)).toHaveText("Disabled");
  await expect(page.getByText("Disabled “Toggle me”")).toBeVisible();
  await page.reload();
  await expect(keyRow(page, "Toggle me").getByRole("cell").nth(5)).toHaveText("Disabled");

  await chooseAction(page, "Toggle me", "Enable");
  await expect(keyRow(page, "Toggle me").getByRole("cell").nth(5)).toHaveText("Active");
  await page.reload();
  await expect(keyRow(page, "Toggle me").getByRole("cell").nth(5)).toHaveText("Active");
});

test("revoke: cancelled, then confirmed; the revoked key stays, greyed, until removed from the list", async ({ page, createUser }) => {
  const user = await createUser({ permissions: ["api_keys:create"] });
  await seedApiKey(user.id, { name: "Leaked key" });
  await signIn(page, user);
  await openApiKeysTab(page);
  const status = keyRow(page, "Leaked key").getByRole("cell").nth(5);

  await chooseAction(page, "Leaked key", "Revoke");
  const confirm = page.getByRole("alertdialog", { name: "Revoke API key?" });
  await expect(confirm).toContainText("Leaked key");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await expect(status).toHaveText("Active");

  await chooseAction(page, "Leaked key", "Revoke");
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  await expect(confirm).toBeHidden();
  await expect(status).toHaveText("Revoked");
  await expect(keyRow(page, "Leaked key")).toHaveAttribute("data-key-status", "revoked");

  await page.reload();
  await expect(status).toHaveText("Revoked");
  await page.getByRole("button", { name: "Actions for Leaked key" }).click();
  await expect(page.getByRole("menuitem", { name: "Revoke" })).toHaveCount(0);
  await expect(page.getByRole("menuitem", { name: "Enable" })).toHaveCount(0);
  await page.getByRole("menuitem", { name: "Remove from list" }).click();
  await expect(keyRow(page, "Leaked key")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "No API keys yet" })).toBeVisible();
});

test("keys expiring within 14 days are listed in a notice", async ({ page, createUser }) => {
  const user = await createUser({ permissions: ["api_keys:create"] });
  await seedApiKey(user.id, { name: "Ending soon", expiresInDays: 3 });
  await seedApiKey(user.id, { name: "Far off", expiresInDays: 200 });
  await signIn(page, user);
  await openApiKeysTab(page);
  const notice = page.getByRole("status", { name: "Keys expiring soon" });
  await expect(notice).toContainText("1 key expires within 14 days");
  await expect(notice).toContainText("Ending soon");
  await expect(notice).not.toContainText("Far off");
});
