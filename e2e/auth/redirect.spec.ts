import { expect, test } from "../support/fixtures";

// callbackUrl values that pass a naive "starts with /" filter but a browser resolves to
// another origin (a backslash or a tab before the second slash).
const foreign = ["/%5Cevil.example", "/%09/evil.example", "/%5C%5Cevil.example/path", "//evil.example", "https://evil.example/"];

for (const callbackUrl of foreign) {
  test(`signing in with callbackUrl=${callbackUrl} stays on the console's origin`, async ({ page, createUser, baseURL }) => {
    const user = await createUser();
    await page.goto(`/login?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname !== "/login");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  });
}

test("signing in with a callbackUrl on the console goes there", async ({ page, createUser, baseURL }) => {
  const user = await createUser();
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/preferences?from=login")}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Preferences" })).toBeVisible();
  expect(page.url()).toBe(`${new URL(baseURL!).origin}/preferences?from=login`);
});
