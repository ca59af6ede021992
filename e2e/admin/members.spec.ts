import { randomUUID } from "node:crypto";
import { expect, test } from "../support/fixtures";

const tag = () => randomUUID().slice(0, 8);

test("members are added with the searchable picker, removed after a confirmation, and both are audited", async ({ adminPage: page, admin, createUser }) => {
  const run = tag();
  const ada = await createUser({ name: `Picker Ada ${run}` });
  const bob = await createUser({ name: `Picker Bob ${run}` });
  const groupName = `Pickers ${run}`;

  await page.goto("/admin/groups");
  await page.getByRole("button", { name: "New group" }).click();
  await page.getByRole("dialog", { name: "New group" }).getByLabel("Name").fill(groupName);
  await page.getByRole("dialog", { name: "New group" }).getByRole("button", { name: "Create" }).click();
  const members = page.getByRole("region", { name: "Members" });
  await expect(members.getByRole("heading", { name: "No members yet" })).toBeVisible();

  await members.getByRole("button", { name: "Add members" }).click();
  const picker = page.getByRole("dialog", { name: "Add members" });
  await picker.getByRole("searchbox", { name: "Search users" }).fill(run);
  await picker.getByRole("checkbox", { name: ada.name }).check();
  await picker.getByRole("checkbox", { name: bob.name }).check();
  await picker.getByRole("button", { name: /Add members/ }).click();
  await expect(picker).toBeHidden();
  await expect(members.getByRole("row")).toHaveCount(3);

  // Search within the members, then remove one after confirming.
  await members.getByRole("searchbox", { name: "Search members" }).fill("ADA");
  await expect(members.getByRole("row")).toHaveCount(2);
  await members.getByRole("row", { name: new RegExp(ada.name) }).getByRole("button", { name: "Remove" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Remove ${ada.name} from ${groupName}?` });
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(members.getByRole("row", { name: new RegExp(ada.name) })).toBeVisible();
  await members.getByRole("row", { name: new RegExp(ada.name) }).getByRole("button", { name: "Remove" }).click();
  await confirm.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText(`${ada.name} was removed from ${groupName}`)).toBeVisible();
  await expect(members.getByRole("heading", { name: "No members match" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Actor").fill(admin.email.toUpperCase());
  const log = page.getByRole("table");
  await expect(log.getByRole("row", { name: new RegExp(`group.member_removed.*${groupName}.*${ada.email}`) })).toBeVisible();
  await expect(log.getByRole("row", { name: new RegExp(`group.member_added.*${groupName}.*${bob.email}`) })).toBeVisible();
});

test("New user can generate the password and shows it once", async ({ adminPage: page }) => {
  const name = `Generated ${tag()}`;
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "New user" }).click();
  const dialog = page.getByRole("dialog", { name: "New user" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Email").fill(`generated-${tag()}@e2e.test`);
  await dialog.getByRole("checkbox", { name: "Generate one for me" }).check();
  await expect(dialog.getByLabel("Password")).toBeHidden();
  await dialog.getByRole("button", { name: "Create" }).click();
  const shown = dialog.getByRole("textbox", { name: "Generated password" });
  await expect(shown).toHaveValue(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
  await expect(dialog.getByText("This password is shown once.", { exact: false })).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});
