// The last administrator cannot be removed. The shared e2e server has many administrators
// (each test makes its own), so this runs against a server of its own whose database has
// exactly one: the first administrator that start-up creates.
import { expect, signIn, test } from "../support/fixtures";
import { useOwnServer } from "../support/own-server";

const admin = { email: "only-admin@e2e.test", password: "solitary Lighthouse 58 keeper" };
const server = useOwnServer(admin, "last-admin");

test("the only administrator cannot remove themselves from Administrators: an alert says why", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.baseUrl });
  const page = await context.newPage();
  await signIn(page, admin);

  await page.goto("/admin/groups");
  await page.getByRole("link", { name: "Administrators" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Administrators" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete group" })).toHaveCount(0);

  const members = page.getByRole("region", { name: "Members" });
  await members.getByRole("row", { name: /only-admin@e2e\.test/ }).getByRole("button", { name: "Remove" }).click();
  const confirm = page.getByRole("alertdialog", { name: /Remove .* from Administrators\?/ });
  await confirm.getByRole("button", { name: "Remove" }).click();
  await expect(confirm.getByRole("alert")).toHaveText(/Administrators must keep at least one active member/);
  await confirm.getByRole("button", { name: "Cancel" }).click();

  // Still there, on reload too; and the same refusal from the user's own page.
  await page.reload();
  await expect(members.getByRole("row", { name: /only-admin@e2e\.test/ })).toBeVisible();
  await members.getByRole("link", { name: "Administrator", exact: true }).click();
  const groups = page.getByRole("region", { name: "Groups" });
  await groups.getByRole("row", { name: /Administrators/ }).getByRole("button", { name: "Remove" }).click();
  const again = page.getByRole("alertdialog");
  await again.getByRole("button", { name: "Remove" }).click();
  await expect(again.getByRole("alert")).toHaveText(/at least one active member/);
  // Nobody disables or deletes themselves: the buttons are not offered.
  await again.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Disable user" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete user" })).toHaveCount(0);
  await context.close();
});
