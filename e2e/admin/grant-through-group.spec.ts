import { randomUUID } from "node:crypto";
import { expect, signIn, test } from "../support/fixtures";

const tag = () => randomUUID().slice(0, 8);

test("an administrator creates a group with permissions and a user in it, who then sees only what the group grants", async ({ adminPage: page, browser }) => {
  const groupName = `Helpdesk ${tag()}`;
  const user = { name: `Hedy ${tag()}`, email: `hedy-${tag()}@e2e.test`, password: "violet Harbour 42 sunrise" };

  // A group that may only read users.
  await page.goto("/admin/groups");
  await page.getByRole("button", { name: "New group" }).click();
  const newGroup = page.getByRole("dialog", { name: "New group" });
  await newGroup.getByLabel("Name").fill(groupName);
  await newGroup.getByLabel("Description").fill("First-line support");
  await newGroup.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: groupName })).toBeVisible();
  const permissions = page.getByRole("region", { name: "Permissions" });
  await permissions.getByRole("checkbox", { name: "users:read" }).check();
  await expect(permissions.getByText("See users and their group memberships.")).toBeVisible();
  await permissions.getByRole("button", { name: "Save permissions" }).click();
  await expect(page.getByText("Permissions saved")).toBeVisible();

  // A user, created with a typed password.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await page.getByRole("button", { name: "New user" }).click();
  const newUser = page.getByRole("dialog", { name: "New user" });
  await newUser.getByLabel("Name").fill(user.name);
  await newUser.getByLabel("Email").fill(user.email);
  await newUser.getByLabel("Password").fill(user.password);
  await newUser.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();

  // Added to the group from their page.
  await page.getByRole("button", { name: "Add to group" }).click();
  const picker = page.getByRole("dialog", { name: "Add to group" });
  await picker.getByRole("searchbox", { name: "Search groups" }).fill(groupName);
  await picker.getByRole("checkbox", { name: groupName }).check();
  await picker.getByRole("button", { name: "Add to group" }).click();
  await expect(picker).toBeHidden();
  const groups = page.getByRole("region", { name: "Groups" });
  await expect(groups.getByRole("row", { name: new RegExp(groupName) })).toBeVisible();
  const effective = page.getByRole("region", { name: "Effective permissions" });
  await expect(effective.getByRole("row", { name: new RegExp(`users:read.*${groupName}`) })).toBeVisible();
  await expect(effective.getByRole("row")).toHaveCount(2);

  // The user signs in and sees only what the group grants.
  const context = await browser.newContext();
  const userPage = await context.newPage();
  await signIn(userPage, user);
  await userPage.goto("/");
  const navigation = userPage.getByRole("navigation", { name: "Main" });
  await expect(navigation.getByRole("link", { name: "Users" })).toBeVisible();
  await expect(navigation.getByRole("link", { name: "Groups" })).toHaveCount(0);
  await expect(navigation.getByRole("link", { name: "Audit log" })).toHaveCount(0);

  await navigation.getByRole("link", { name: "Users" }).click();
  await expect(userPage.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(userPage.getByRole("button", { name: "New user" })).toHaveCount(0);
  await userPage.getByRole("searchbox", { name: "Search users" }).fill(user.email);
  // As a person would: wait for the search to apply — the list narrowed to this one user and
  // nothing loading. A click while the search's navigation is still on its way is undone
  // when it lands (a product bug, seen in CI; see the closing note).
  await expect(userPage).toHaveURL(/[?&]q=/);
  await expect(userPage.getByRole("table", { name: "Users" }).getByRole("row")).toHaveCount(2);
  await expect(userPage.getByRole("status").filter({ hasText: "Loading" })).toHaveCount(0);
  await userPage.getByRole("link", { name: user.name }).click();
  await expect(userPage.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
  await expect(userPage.getByRole("button", { name: "Delete user" })).toHaveCount(0);
  await expect(userPage.getByRole("button", { name: "Add to group" })).toHaveCount(0);

  for (const forbidden of ["/admin/groups", "/admin/audit"]) {
    const response = await userPage.goto(forbidden);
    expect(response?.status(), forbidden).toBe(403);
    await expect(userPage.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  }
  await context.close();
});
