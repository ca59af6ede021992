import { seedApiKey } from "../api-keys/support";
import { expect, test } from "../support/fixtures";
import { seedService } from "../../tests/helpers/seed";

// A service token made on the service's page is shown once, checks keys through the verify
// API, and stops working on the next request once revoked in the console.
test("an administrator issues a service token, the service verifies a key with it, then the token is revoked", async ({ adminPage: page, admin, request }) => {
  const { service, permissions } = await seedService({ permissions: ["read"] });
  const { plaintext: key } = await seedApiKey(admin.id);

  await page.goto(`/admin/services/${service.id}`);
  const tokens = page.getByRole("region", { name: "Service tokens" });
  await expect(tokens.getByText("No service tokens")).toBeVisible();
  await tokens.getByRole("button", { name: "New token" }).click();
  const dialog = page.getByRole("dialog", { name: "New service token" });
  await dialog.getByRole("textbox", { name: "Name" }).fill("Reports backend");
  await dialog.getByRole("button", { name: "Create" }).click();

  const reveal = page.getByRole("dialog", { name: "Save your service token" });
  const token = await reveal.getByRole("textbox", { name: "Service token" }).inputValue();
  expect(token).toMatch(/^lks_[0-9A-Za-z]{38}$/);
  await reveal.getByRole("button", { name: "Done" }).click();
  await expect(reveal).toBeHidden();
  await expect(tokens.getByRole("row").filter({ hasText: "Reports backend" })).toContainText("Active");

  const verify = () => request.post("/api/v1/keys/verify", { headers: { authorization: `Bearer ${token}` }, data: { key, permission: permissions[0] } });
  const answer = await verify();
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toMatchObject({ valid: true, code: "VALID", owner: { email: admin.email }, permissions });

  await tokens.getByRole("button", { name: "Revoke Reports backend" }).click();
  await page.getByRole("alertdialog", { name: "Revoke service token?" }).getByRole("button", { name: "Revoke token" }).click();
  await expect(tokens.getByRole("row").filter({ hasText: "Reports backend" })).toContainText("Revoked");
  expect((await verify()).status()).toBe(401);
});
