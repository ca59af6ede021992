import { expect, signIn, test } from "../support/fixtures";

test("an administrator edits, disables, enables, resets and deletes a user, confirming what is destructive", async ({ adminPage: page, createUser, browser }) => {
  const user = await createUser({ name: `Lifecycle ${Date.now().toString(36)}` });
  await page.goto(`/admin/users/${user.id}`);
  await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();

  const profile = page.getByRole("region", { name: "Profile" });
  await profile.getByLabel("Name").fill(`${user.name} Renamed`);
  await profile.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${user.name} Renamed` })).toBeVisible();
  const name = `${user.name} Renamed`;

  await page.getByRole("button", { name: "Disable user" }).click();
  await page.getByRole("alertdialog", { name: `Disable ${name}?` }).getByRole("button", { name: "Disable user" }).click();
  await expect(page.getByRole("main").getByText("Disabled", { exact: true })).toBeVisible();
  // A disabled user cannot sign in.
  const context = await browser.newContext();
  const csrf = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await context.request.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, email: user.email, password: user.password, json: "true" } });
  expect((await context.request.get("/api/auth/session")).ok()).toBe(true);
  expect(await (await context.request.get("/api/auth/session")).json()).toEqual({});
  await context.close();

  await page.getByRole("button", { name: "Enable user" }).click();
  await page.getByRole("alertdialog", { name: `Enable ${name}?` }).getByRole("button", { name: "Enable user" }).click();
  await expect(page.getByRole("main").getByText("Active", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Reset password" }).click();
  const reset = page.getByRole("dialog", { name: "Reset password" });
  await reset.getByRole("button", { name: "Reset password" }).click();
  const generated = await reset.getByRole("textbox", { name: "Generated password" }).inputValue();
  expect(generated).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
  await reset.getByRole("button", { name: "Done" }).click();
  const fresh = await browser.newContext();
  await signIn(await fresh.newPage(), { email: user.email, password: generated });
  await fresh.close();

  await page.getByRole("button", { name: "Delete user" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Delete ${name}?` });
  await expect(confirm).toContainText(user.email);
  await confirm.getByRole("button", { name: "Delete user" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByRole("searchbox", { name: "Search users" }).fill(user.email);
  await expect(page.getByRole("heading", { name: "No users match" })).toBeVisible();
});
