import { randomUUID } from "node:crypto";
import { expect, test } from "../support/fixtures";

const tag = () => randomUUID().slice(0, 8);

test("bad input in New user shows errors on the fields and loses nothing typed", async ({ adminPage: page, admin }) => {
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "New user" }).click();
  const dialog = page.getByRole("dialog", { name: "New user" });
  const name = dialog.getByLabel("Name");
  const email = dialog.getByLabel("Email");
  const password = dialog.getByLabel("Password");

  await name.fill("Grace Typed-Carefully");
  await email.fill("not-an-email");
  await password.fill("short");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(email).toHaveAccessibleDescription(/Enter a valid email address/);
  await expect(password).toHaveAccessibleDescription(/Use at least 12 characters/);
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveValue("Grace Typed-Carefully");

  // The server's checks land on their fields too: a guessable password, then an email in use.
  await email.fill(`grace-${tag()}@e2e.test`);
  await password.fill("password1234");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(password).toHaveAccessibleDescription(/too easy to guess/);

  await email.fill(admin.email.toUpperCase());
  await password.fill("lantern Meadow 73 quietly");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(email).toHaveAccessibleDescription(/Email already in use/);
  await expect(email).toBeFocused();
  await expect(name).toHaveValue("Grace Typed-Carefully");
  await expect(email).toHaveValue(admin.email.toUpperCase());
  await expect(password).toHaveValue("lantern Meadow 73 quietly");
  await expect(dialog).toBeVisible();
});

test("a group name in use is refused on the Name field; the description stays", async ({ adminPage: page }) => {
  await page.goto("/admin/groups");
  await page.getByRole("button", { name: "New group" }).click();
  const dialog = page.getByRole("dialog", { name: "New group" });
  await dialog.getByLabel("Name").fill("administrators");
  await dialog.getByLabel("Description").fill("A description worth keeping");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(dialog.getByLabel("Name")).toHaveAccessibleDescription(/A group with this name already exists/);
  await expect(dialog.getByLabel("Description")).toHaveValue("A description worth keeping");
});

test("a group is created, renamed and deleted with the keyboard alone", async ({ adminPage: page }) => {
  const name = `Keyboard ${tag()}`;
  await page.goto("/admin/groups");
  await page.getByRole("button", { name: "New group" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "New group" })).toBeVisible();
  await page.keyboard.type(name);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Made without a mouse");
  await page.keyboard.press("Tab"); // Cancel
  await page.keyboard.press("Tab"); // Create
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByRole("button", { name: "Rename" }).focus();
  await page.keyboard.press("Enter");
  const edit = page.getByRole("dialog", { name: "Edit group" });
  await expect(edit.getByLabel("Name")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(`${name} renamed`);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: `${name} renamed` })).toBeVisible();

  await page.getByRole("button", { name: "Delete group" }).focus();
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("alertdialog", { name: `Delete ${name} renamed?` });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(confirm.getByRole("button", { name: "Delete group" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/groups$/);
  await page.getByRole("searchbox", { name: "Search groups" }).fill(name);
  await expect(page.getByRole("heading", { name: "No groups match" })).toBeVisible();
});
