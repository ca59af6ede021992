import { randomUUID } from "node:crypto";
import { expect, test } from "../support/fixtures";

const MESSAGE = /Must not contain control characters or text-direction overrides/;

test("New group refuses a text-direction override in the name and a control character in the description", async ({ adminPage: page }) => {
  await page.goto("/admin/groups");
  await page.getByRole("button", { name: "New group" }).click();
  const dialog = page.getByRole("dialog", { name: "New group" });
  const name = dialog.getByLabel("Name");
  const description = dialog.getByLabel("Description");
  await name.fill(`Team ${randomUUID().slice(0, 8)}\u202Elive`);
  await description.fill("Rings a bell\u0007\nSecond line");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(name).toHaveAccessibleDescription(MESSAGE);
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(description).toHaveAccessibleDescription(MESSAGE);
  await expect(dialog).toBeVisible();

  // Line breaks in a description are fine; only the bell goes.
  await name.fill(`Team ${randomUUID().slice(0, 8)}`);
  await description.fill("First line\nSecond line");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Team / })).toBeVisible();
});

test("New user refuses a control character in the name", async ({ adminPage: page }) => {
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "New user" }).click();
  const dialog = page.getByRole("dialog", { name: "New user" });
  const name = dialog.getByLabel("Name");
  await name.fill("Grace\u0000Hopper");
  await dialog.getByLabel("Email").fill(`grace-${randomUUID().slice(0, 8)}@e2e.test`);
  await dialog.getByLabel("Password").fill("lantern Meadow 73 quietly");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(name).toHaveAccessibleDescription(MESSAGE);
  await expect(dialog).toBeVisible();
});
