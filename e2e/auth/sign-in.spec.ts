import { expect, signIn, test } from "../support/fixtures";

test("the first administrator signs in with the configured credentials and sees the console", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill(process.env.E2E_ADMIN_EMAIL!);
  await page.getByLabel("Password").fill(process.env.E2E_ADMIN_PASSWORD!);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toBeVisible();
});

test("a wrong password shows one alert that does not say which part was wrong", async ({ page, createUser }) => {
  const user = await createUser();
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Incorrect email or password.");
  await expect(page.getByLabel("Email")).toHaveValue(user.email);

  await page.getByLabel("Email").fill("nobody-here@e2e.test");
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Incorrect email or password.");
  await expect(page).toHaveURL(/\/login/);
});

test("a user without admin permissions sees no admin links and signs out from the user menu", async ({ page, createUser }) => {
  const user = await createUser();
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const navigation = page.getByRole("navigation", { name: "Main" });
  await expect(navigation.getByRole("link", { name: "Overview" })).toBeVisible();
  await expect(navigation.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(navigation.getByRole("link", { name: "Groups" })).toHaveCount(0);
  await expect(navigation.getByRole("link", { name: "Audit log" })).toHaveCount(0);

  await page.getByRole("button", { name: user.name }).first().click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/preferences");
  await expect(page).toHaveURL(/\/login/);
});

test("changing the password ends the session; the new password works and the old one does not", async ({ page, createUser }) => {
  const user = await createUser();
  await signIn(page, user);
  await page.goto("/");
  await page.getByRole("button", { name: user.name }).first().click();
  await page.getByRole("menuitem", { name: "Preferences" }).click();
  await expect(page.getByRole("tab", { name: "Profile" })).toHaveAttribute("aria-selected", "true");

  const next = "violet Harbour lantern 58";
  await page.getByLabel("Current password").fill("wrong current password");
  await page.getByLabel("New password", { exact: true }).fill(next);
  await page.getByLabel("Confirm new password").fill(next);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is not correct")).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveValue(next);

  await page.getByLabel("Current password").fill(user.password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Incorrect email or password.");
  await page.getByLabel("Password").fill(next);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
});

test("a session ends on its next request when the password is changed in another browser", async ({ browser, createUser }) => {
  const user = await createUser();
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, user);
  await signIn(second, user);
  await first.goto("/preferences");
  await expect(first.getByRole("heading", { name: "Preferences" })).toBeVisible();

  const next = "copper Meadow whistle 61";
  await second.goto("/preferences");
  await second.getByLabel("Current password").fill(user.password);
  await second.getByLabel("New password", { exact: true }).fill(next);
  await second.getByLabel("Confirm new password").fill(next);
  await second.getByRole("button", { name: "Change password" }).click();
  await expect(second).toHaveURL(/\/login/);

  await first.reload();
  await expect(first).toHaveURL(/\/login/);
});

test("the profile name can be changed and appears in the user menu", async ({ page, createUser }) => {
  const user = await createUser();
  await signIn(page, user);
  await page.goto("/preferences");
  await page.getByLabel("Name").fill("");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Enter your name")).toBeVisible();
  const name = `Renamed ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved")).toBeVisible();
  await expect(page.getByRole("button", { name }).first()).toBeVisible();
});

test("a session ends on its next request when an administrator disables the user", async ({ page, createUser, admin }) => {
  const user = await createUser();
  await signIn(page, user);
  await page.goto("/preferences");
  await expect(page.getByRole("heading", { name: "Preferences" })).toBeVisible();

  // The operation the console's Disable button and PATCH /api/v1/users/{id} both call.
  const { setUserStatus } = await import("@/lib/users/set-user-status");
  const { actorFor } = await import("../../tests/helpers/seed");
  await setUserStatus({ actor: await actorFor(admin.id), input: { userId: user.id, status: "DISABLED" } });

  await page.reload();
  await expect(page).toHaveURL(/\/login/);
});
