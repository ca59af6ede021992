import { readFile } from "node:fs/promises";
import { expect, signIn, test } from "../support/fixtures";
import { keyRow, openApiKeysTab } from "./support";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("create a key, see it once, copy it, download it, and afterwards only its prefix", async ({ page, createUser }) => {
  const user = await createUser({ permissions: ["api_keys:create", "users:read"] });
  await signIn(page, user);
  await openApiKeysTab(page);

  await page.getByRole("button", { name: "Create API key" }).click();
  const create = page.getByRole("dialog", { name: "Create API key" });
  // One year is the default expiry, and the hint names the date a year from now.
  await expect(create.getByRole("combobox", { name: "Expiration" })).toHaveText("1 year");
  const inAYear = new Date(Date.now() + 365 * 86_400_000);
  await expect(create.getByText(new RegExp(`expires on .*${inAYear.getFullYear()}`))).toBeVisible();
  // Only the permissions the user holds are offered.
  await create.getByRole("radio", { name: "Choose permissions" }).click();
  // Grouped by service: Latchkey's own, with an "All of Latchkey" checkbox above the two held.
  await expect(create.getByRole("group", { name: "Latchkey" }).getByRole("checkbox")).toHaveCount(3);
  await expect(create.getByRole("checkbox", { name: "users:read" })).toBeVisible();
  await expect(create.getByRole("checkbox", { name: "api_keys:create" })).toBeVisible();
  await expect(create.getByRole("checkbox", { name: "users:write" })).toHaveCount(0);
  await create.getByRole("radio", { name: "Inherit my permissions" }).click();

  await create.getByLabel("Name").fill("CI deploy");
  await create.getByLabel("Description").fill("GitHub Actions, production");
  await create.getByRole("button", { name: "Create" }).click();

  const reveal = page.getByRole("dialog", { name: "Save your API key" });
  await expect(reveal).toBeVisible();
  await expect(reveal).toContainText("You will not see this key again");
  const field = reveal.getByRole("textbox", { name: "API key" });
  await expect(field).toHaveAttribute("readonly", "");
  const key = await field.inputValue();
  expect(key).toMatch(/^lk_[0-9A-Za-z]{38}$/);

  await reveal.getByRole("button", { name: "Copy" }).click();
  await expect(reveal.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  await expect(reveal.getByRole("button", { name: "Copy" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), reveal.getByRole("button", { name: "Download" }).click()]);
  expect(download.suggestedFilename()).toBe("CI deploy.apikey");
  expect(download.url()).toMatch(/^blob:/);
  expect((await readFile(await download.path(), "utf8")).trim()).toBe(key);

  await reveal.getByRole("button", { name: "Done" }).click();
  await expect(reveal).toBeHidden();

  const row = keyRow(page, "CI deploy");
  await expect(row).toContainText(key.slice(0, 11));
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Never");
  expect(await page.content()).not.toContain(key.slice(11));

  // The expiry is one year out (the Expires cell carries the exact time).
  const expires = new Date((await row.getByRole("cell").nth(4).locator("time").first().getAttribute("datetime"))!);
  expect(Math.abs(expires.getTime() - inAYear.getTime())).toBeLessThan(5 * 60_000);

  await page.reload();
  await expect(keyRow(page, "CI deploy")).toContainText(key.slice(0, 11));
  await expect(keyRow(page, "CI deploy")).toContainText("Active");
  expect(await page.content()).not.toContain(key.slice(11));
});

test("the name is required and unique among one's live keys", async ({ page, createUser }) => {
  const user = await createUser({ permissions: ["api_keys:create"] });
  await signIn(page, user);
  await openApiKeysTab(page);
  const create = page.getByRole("dialog", { name: "Create API key" });

  await page.getByRole("button", { name: "Create API key" }).click();
  await create.getByRole("button", { name: "Create" }).click();
  await expect(create.getByRole("alert")).toHaveText("Enter a name");

  await create.getByLabel("Name").fill("Backups");
  await create.getByRole("button", { name: "Create" }).click();
  await page.getByRole("dialog", { name: "Save your API key" }).getByRole("button", { name: "Done" }).click();

  await page.getByRole("button", { name: "Create API key" }).click();
  await create.getByLabel("Name").fill("Backups");
  await create.getByRole("button", { name: "Create" }).click();
  await expect(create.getByRole("alert")).toHaveText("You already have an active key with this name");
  await expect(create.getByLabel("Name")).toBeFocused();
});

test("a custom date and chosen permissions", async ({ page, createUser }) => {
  const user = await createUser({ permissions: ["api_keys:create", "users:read", "groups:read"] });
  await signIn(page, user);
  await openApiKeysTab(page);
  await page.getByRole("button", { name: "Create API key" }).click();
  const create = page.getByRole("dialog", { name: "Create API key" });
  await create.getByLabel("Name").fill("Reporting");
  await create.getByRole("combobox", { name: "Expiration" }).click();
  await page.getByRole("option", { name: "Custom date" }).click();
  const date = new Date(Date.now() + 10 * 86_400_000);
  const ymd = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
  await create.getByLabel("Expiration date").fill(ymd);
  await create.getByRole("radio", { name: "Choose permissions" }).click();
  await create.getByRole("button", { name: "Create" }).click();
  await expect(create.getByText("Choose at least one permission")).toBeVisible();
  await create.getByRole("checkbox", { name: "groups:read" }).check();
  await create.getByRole("button", { name: "Create" }).click();
  await page.getByRole("dialog", { name: "Save your API key" }).getByRole("button", { name: "Done" }).click();

  const row = keyRow(page, "Reporting");
  await expect(row).toContainText("groups:read");
  // Ten days out: the expiring-soon notice lists it.
  await expect(page.getByRole("status", { name: "Keys expiring soon" })).toContainText("Reporting");
});

test("without a clipboard API, Copy selects the key and says how to copy it", async ({ page, createUser }) => {
  // As on a plain-HTTP origin: no navigator.clipboard, and the legacy copy command refused.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined });
    document.execCommand = () => false;
  });
  const user = await createUser({ permissions: ["api_keys:create"] });
  await signIn(page, user);
  await openApiKeysTab(page);
  await page.getByRole("button", { name: "Create API key" }).click();
  await page.getByLabel("Name").fill("No clipboard");
  await page.getByRole("button", { name: "Create" }).click();

  const reveal = page.getByRole("dialog", { name: "Save your API key" });
  const field = reveal.getByRole("textbox", { name: "API key" });
  await field.blur();
  await reveal.getByRole("button", { name: "Copy" }).click();
  await expect(reveal.getByText(/press Ctrl\+C/)).toBeVisible();
  await expect(field).toBeFocused();
  const selection = await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd, input.value.length]);
  expect(selection).toEqual([0, 41, 41]);
});
