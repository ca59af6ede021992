import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { expect, test } from "../support/fixtures";

test("an administrator registers a service with two permissions, grants one through a group, then deletes the service", async ({ adminPage: page }) => {
  const tag = randomUUID().slice(0, 8);
  const name = `Reports ${tag}`;
  const slug = `reports-${tag}`;
  const group = await db.group.create({ data: { name: `Readers ${tag}` } });

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Services" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Services" })).toBeVisible();
  await page.getByRole("button", { name: "New service" }).click();
  const dialog = page.getByRole("dialog", { name: "New service" });
  await dialog.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await dialog.getByRole("textbox", { name: "Slug" }).fill(slug);
  await dialog.getByRole("textbox", { name: "Description", exact: true }).fill("Monthly reports");
  // The first row is there already (read); one more for write.
  await expect(dialog.getByRole("textbox", { name: "Permission 1", exact: true })).toHaveValue("read");
  await dialog.getByRole("button", { name: "Add permission" }).click();
  await dialog.getByRole("textbox", { name: "Permission 2", exact: true }).fill("write");
  await dialog.getByRole("textbox", { name: "Description of permission 2" }).fill("Change reports");
  await dialog.getByRole("button", { name: "Create" }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(`${name} was created`)).toBeVisible();
  const permissions = page.getByRole("region", { name: "Permissions" });
  await expect(permissions.getByRole("textbox", { name: "Permission 2", exact: true })).toHaveValue("write");

  await page.getByRole("link", { name: "Services", exact: true }).first().click();
  await expect(page.getByRole("link", { name })).toBeVisible();

  // The group's page offers the service's permissions.
  await page.goto(`/admin/groups/${group.id}`);
  const grants = page.getByRole("region", { name: "Permissions" });
  await grants.getByRole("checkbox", { name: `${slug}:read` }).check();
  await grants.getByRole("button", { name: "Save permissions" }).click();
  await expect(page.getByText("Permissions saved")).toBeVisible();

  // Deleting the service takes the grant with it.
  await page.goto("/admin/services");
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("region", { name: "Permissions" }).getByRole("link", { name: group.name })).toBeVisible();
  await page.getByRole("button", { name: "Delete service" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Delete ${name}?` });
  await confirm.getByRole("button", { name: "Delete service" }).click();
  await expect(page.getByText(`${name} was deleted`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Services" })).toBeVisible();
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  expect(await db.groupPermission.count({ where: { groupId: group.id } })).toBe(0);
});
