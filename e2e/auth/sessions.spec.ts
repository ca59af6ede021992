import type { Browser } from "@playwright/test";
import { expect, signIn, test, type SeededUser } from "../support/fixtures";

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

/** A separate browser (its own cookies), signed in as `user`, identified by its user agent. */
async function browserSignedIn(browser: Browser, user: SeededUser, userAgent?: string) {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  await signIn(page, user);
  await page.goto("/preferences");
  await expect(page.getByRole("heading", { name: "Preferences" })).toBeVisible();
  return page;
}

test("signing out ends the session: a copy of its cookie no longer opens the console", async ({ browser, page, createUser }) => {
  const user = await createUser();
  await signIn(page, user);
  await page.goto("/preferences");
  const copy = await (await browser.newContext()).newPage();
  await copy.context().addCookies(await page.context().cookies());
  await copy.goto("/preferences");
  await expect(copy.getByRole("heading", { name: "Preferences" })).toBeVisible();

  await page.getByRole("button", { name: user.name }).first().click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  await copy.goto("/preferences");
  await expect(copy).toHaveURL(/\/login/);
});

test("the Sessions tab lists both browsers and signs the other one out", async ({ browser, page, createUser }) => {
  const user = await createUser();
  const other = await browserSignedIn(browser, user, FIREFOX);
  await signIn(page, user);
  await page.goto("/preferences");
  await page.getByRole("tab", { name: "Sessions" }).click();
  await expect(page).toHaveURL(/tab=sessions/);

  const rows = page.getByRole("row").filter({ has: page.getByRole("button", { name: "Sign out" }) });
  await expect(rows).toHaveCount(2);
  const current = rows.filter({ hasText: "This session" });
  await expect(current).toHaveCount(1);
  await expect(current).toContainText("Chrome");
  const firefox = rows.filter({ hasText: "Firefox on Linux" });
  await expect(firefox).not.toContainText("This session");

  await firefox.getByRole("button", { name: "Sign out" }).click();
  await expect(rows).toHaveCount(1);
  await other.goto("/preferences");
  await expect(other).toHaveURL(/\/login/);

  // This browser is still signed in.
  await page.reload();
  await expect(page.getByRole("tab", { name: "Sessions" })).toHaveAttribute("aria-selected", "true");
});

test("Sign out other sessions ends every session but this one", async ({ browser, page, createUser }) => {
  const user = await createUser();
  const others = [await browserSignedIn(browser, user, FIREFOX), await browserSignedIn(browser, user)];
  await signIn(page, user);
  await page.goto("/preferences?tab=sessions");
  const rows = page.getByRole("row").filter({ has: page.getByRole("button", { name: "Sign out" }) });
  await expect(rows).toHaveCount(3);

  await page.getByRole("button", { name: "Sign out other sessions" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("This session");
  for (const other of others) {
    await other.reload();
    await expect(other).toHaveURL(/\/login/);
  }
  await page.reload();
  await expect(page).toHaveURL(/tab=sessions/);
  await expect(page.getByRole("button", { name: "Sign out other sessions" })).toBeDisabled();
});

test("an administrator signs out all of a user's sessions from the user page", async ({ browser, adminPage, createUser }) => {
  const user = await createUser();
  const sessions = [await browserSignedIn(browser, user), await browserSignedIn(browser, user, FIREFOX)];

  await adminPage.goto(`/admin/users/${user.id}`);
  await adminPage.getByRole("button", { name: "Sign out all sessions" }).click();
  const dialog = adminPage.getByRole("alertdialog", { name: `Sign out all of ${user.name}'s sessions?` });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await sessions[0].reload();
  await expect(sessions[0].getByRole("heading", { name: "Preferences" })).toBeVisible();

  await adminPage.getByRole("button", { name: "Sign out all sessions" }).click();
  await dialog.getByRole("button", { name: "Sign out all sessions" }).click();
  await expect(dialog).toBeHidden();
  await expect(adminPage.getByText(`${user.name} was signed out everywhere`)).toBeVisible();
  for (const session of sessions) {
    await session.reload();
    await expect(session).toHaveURL(/\/login/);
  }
  // The administrator's own session is untouched.
  await adminPage.reload();
  await expect(adminPage.getByRole("heading", { name: user.name })).toBeVisible();
});
