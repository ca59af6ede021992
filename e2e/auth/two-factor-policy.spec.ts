// The policy requiring a second factor of administrators. It applies to the whole
// installation, so this runs against a server and database of its own.
import { generate } from "otplib";
import { expect, signIn, test } from "../support/fixtures";
import { useOwnServer } from "../support/own-server";

const admin = { email: "policy-admin@e2e.test", password: "cautious Harbour 93 lantern" };
const server = useOwnServer(admin, "2fa-policy");

test("with Require two-factor authentication for administrators on, an administrator without it must set it up before anything else", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.baseUrl });
  const page = await context.newPage();
  await signIn(page, admin);
  await page.goto("/admin/policy");
  await page.getByRole("checkbox", { name: "Require two-factor authentication for administrators" }).check();
  await page.getByRole("button", { name: "Save sign-in policy" }).click();
  await expect(page.getByText("Sign-in policy saved")).toBeVisible();

  // Every console page now shows the set-up, and nothing else.
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Set up two-factor authentication" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);

  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  const secret = (await page.getByLabel("Setup key").textContent())!.trim();
  await page.getByLabel("Authentication code").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Turn on" }).click();
  await page.getByRole("dialog", { name: "Save your recovery codes" }).getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await context.close();
});
