import { db } from "@/lib/db";
import { openApiKeysTab } from "../api-keys/support";
import { expect, signIn, test } from "../support/fixtures";

/** As if the user had signed in (or last confirmed) 20 minutes ago. */
async function ageConfirmation(userId: string) {
  await db.session.updateMany({ where: { userId }, data: { confirmedAt: new Date(Date.now() - 20 * 60_000) } });
}

test("creating a key 20 minutes after signing in asks for the password again, then creates it", async ({ page, createUser }) => {
  const user = await createUser({ permissions: ["api_keys:create"] });
  await signIn(page, user);
  await ageConfirmation(user.id);
  await openApiKeysTab(page);

  await page.getByRole("button", { name: "Create API key" }).click();
  const create = page.getByRole("dialog", { name: "Create API key" });
  await create.getByLabel("Name").fill("After a coffee");
  await create.getByRole("button", { name: "Create" }).click();

  const confirm = page.getByRole("dialog", { name: "Confirm access" });
  await expect(confirm).toBeVisible();
  await confirm.getByLabel("Password").fill("not the password");
  await confirm.getByRole("button", { name: "Confirm" }).click();
  await expect(confirm.getByRole("alert")).toHaveText("That password is not correct");
  await confirm.getByLabel("Password").fill(user.password);
  await confirm.getByRole("button", { name: "Confirm" }).click();

  await expect(page.getByRole("dialog", { name: "Save your API key" })).toBeVisible();
  expect(await db.apiKey.count({ where: { userId: user.id, name: "After a coffee" } })).toBe(1);
});

test("cancelling the confirmation leaves the action undone; an administrator's delete asks too", async ({ adminPage, admin, createUser }) => {
  const target = await createUser();
  await ageConfirmation(admin.id);
  await adminPage.goto(`/admin/users/${target.id}`);
  await adminPage.getByRole("button", { name: "Delete user" }).click();
  await adminPage.getByRole("alertdialog").getByRole("button", { name: "Delete user" }).click();

  const confirm = adminPage.getByRole("dialog", { name: "Confirm access" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  expect(await db.user.count({ where: { id: target.id } })).toBe(1);

  await adminPage.getByRole("alertdialog").getByRole("button", { name: "Delete user" }).click();
  await confirm.getByLabel("Password").fill(admin.password);
  await confirm.getByRole("button", { name: "Confirm" }).click();
  await expect(adminPage).toHaveURL(/\/admin\/users$/);
  expect(await db.user.count({ where: { id: target.id } })).toBe(0);
});
