import { generate } from "otplib";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "../support/fixtures";

/** A code for the next 30-second step: the one just used for enrolling is never accepted twice. */
const nextCode = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

async function typePassword(page: Page, user: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a user sets up two-factor authentication, then signs in with a code from the app and with a recovery code", async ({ page, browser, createUser }) => {
  const user = await createUser();
  await signIn(page, user);
  await page.goto("/preferences?tab=two-factor");
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByLabel("Setup key").textContent())!.trim();

  await page.getByLabel("Authentication code").fill("000000");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText("That code is not correct. Enter the current code from your app.")).toBeVisible();
  await page.getByLabel("Authentication code").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Turn on" }).click();

  const dialog = page.getByRole("dialog", { name: "Save your recovery codes" });
  await expect(dialog).toBeVisible();
  const codes = (await dialog.getByLabel("Recovery codes").inputValue()).split("\n");
  expect(codes).toHaveLength(10);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByText(/Two-factor authentication is on/)).toBeVisible();
  await expect(page.getByText("10 of 10 recovery codes left.", { exact: false })).toBeVisible();

  // Another browser: the password alone no longer opens the console.
  const other = await browser.newPage();
  await typePassword(other, user);
  await expect(other.getByText("Two-factor authentication", { exact: true })).toBeVisible();
  await other.getByLabel("Authentication code").fill("123456");
  await other.getByRole("button", { name: "Verify" }).click();
  await expect(other.getByRole("main").getByRole("alert")).toHaveText("That code is not correct.");
  await expect(other).toHaveURL(/\/login/);
  await other.getByLabel("Authentication code").fill(await nextCode(secret));
  await other.getByRole("button", { name: "Verify" }).click();
  await expect(other.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await other.close();

  // A third: a recovery code instead, used up afterwards.
  const third = await browser.newPage();
  await typePassword(third, user);
  await third.getByRole("button", { name: "Use a recovery code" }).click();
  await third.getByLabel("Recovery code").fill(codes[0].toUpperCase());
  await third.getByRole("button", { name: "Verify" }).click();
  await expect(third.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await third.goto("/preferences?tab=two-factor");
  await expect(third.getByText("9 of 10 recovery codes left.", { exact: false })).toBeVisible();
  await third.close();
});

test("an administrator resets a user's second factor; the user then signs in with the password alone", async ({ adminPage, browser, createUser }) => {
  const user = await createUser();
  const userPage = await browser.newPage();
  await signIn(userPage, user);
  await userPage.goto("/preferences?tab=two-factor");
  await userPage.getByRole("button", { name: "Set up two-factor authentication" }).click();
  const secret = (await userPage.getByLabel("Setup key").textContent())!.trim();
  await userPage.getByLabel("Authentication code").fill(await generate({ secret }));
  await userPage.getByRole("button", { name: "Turn on" }).click();
  await userPage.getByRole("dialog", { name: "Save your recovery codes" }).getByRole("button", { name: "Done" }).click();
  await userPage.close();

  await adminPage.goto(`/admin/users/${user.id}`);
  await adminPage.getByRole("button", { name: "Reset two-factor authentication" }).click();
  const confirm = adminPage.getByRole("alertdialog", { name: "Reset two-factor authentication?" });
  await confirm.getByRole("button", { name: "Reset" }).click();
  await expect(adminPage.getByText("Two-factor authentication reset")).toBeVisible();
  await expect(adminPage.getByRole("button", { name: "Reset two-factor authentication" })).toHaveCount(0);

  const again = await browser.newPage();
  await typePassword(again, user);
  await expect(again.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await again.close();
});
