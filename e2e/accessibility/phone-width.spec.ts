// At phone width (390 × 844) every action of the keys table, the users table and the audit log
// is on screen without scrolling sideways: the tables become stacked cards (issue 14.2).
import type { Locator, Page } from "@playwright/test";
import { db } from "@/lib/db";
import { unique } from "../../tests/helpers/seed";
import { seedApiKey } from "../api-keys/support";
import { expect, signIn, test } from "../support/fixtures";

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

/** Nothing on the page is wider than the phone, so it cannot scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    clientWidth: document.scrollingElement!.clientWidth,
  }));
  expect(scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

/**
 * The control lies within the phone's width where it is (measured before anything scrolls, so
 * a control hidden in a sideways-scrolling box fails), and scrolling down brings it on screen.
 */
async function expectReachable(control: Locator) {
  const box = await control.boundingBox();
  expect(box, `${control} is rendered`).not.toBeNull();
  expect(box!.x, `${control} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${control} ends on screen`).toBeLessThanOrEqual(PHONE.width);
  // Scrolled again until it stays on screen: a list that re-renders (a filter's answer
  // arriving) can move the control after the first scroll.
  await expect(async () => {
    await control.scrollIntoViewIfNeeded();
    await expect(control).toBeInViewport({ ratio: 1, timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

/** One row of a table as a phone shows it: a card in the list named like the table. */
function card(page: Page, list: string, text: string) {
  return page.getByRole("list", { name: list, exact: true }).getByRole("listitem").filter({ hasText: text });
}

/** A card's value for one column, shown under the column's name. */
function field(card: Locator, label: string) {
  return card.locator(`xpath=.//dt[normalize-space()="${label}"]/following-sibling::dd[1]`);
}

async function chooseReachableAction(page: Page, keyName: string, action: string) {
  const menu = page.getByRole("button", { name: `Actions for ${keyName}`, exact: true });
  await expectReachable(menu);
  await menu.click();
  const item = page.getByRole("menuitem", { name: action });
  await expectReachable(item);
  await item.click();
}

test("every action of the keys table: Edit, Disable, Enable, Revoke", async ({ page, createUser }) => {
  const user = await createUser({ permissions: ["api_keys:create"] });
  const key = await seedApiKey(user.id, { name: unique("Phone key") });
  await signIn(page, user);
  await page.goto("/preferences?tab=api-keys");
  await expectNoSidewaysScroll(page);
  await expect(page.getByRole("table")).toHaveCount(0);

  // Every column is there, under its name.
  const keyCard = card(page, "Your API keys", key.name);
  await expect(field(keyCard, "Key")).toContainText(key.prefix);
  for (const label of ["Created", "Last used", "Expires"]) await expect(field(keyCard, label)).not.toBeEmpty();
  await expect(field(keyCard, "Status")).toHaveText("Active");

  const renamed = `${key.name} renamed`;
  await chooseReachableAction(page, key.name, "Edit");
  const edit = page.getByRole("dialog", { name: "Edit API key" });
  await edit.getByLabel("Name").fill(renamed);
  await expectReachable(edit.getByRole("button", { name: "Save" }));
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();
  const renamedCard = card(page, "Your API keys", renamed);
  await expect(renamedCard).toBeVisible();

  await chooseReachableAction(page, renamed, "Disable");
  await expect(field(renamedCard, "Status")).toHaveText("Disabled");
  await chooseReachableAction(page, renamed, "Enable");
  await expect(field(renamedCard, "Status")).toHaveText("Active");

  await chooseReachableAction(page, renamed, "Revoke");
  const confirm = page.getByRole("alertdialog", { name: "Revoke API key?" });
  await expectReachable(confirm.getByRole("button", { name: "Cancel" }));
  await expectReachable(confirm.getByRole("button", { name: "Revoke key" }));
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  await expect(confirm).toBeHidden();
  await expect(field(renamedCard, "Status")).toHaveText("Revoked");
  await expect(renamedCard).toHaveAttribute("data-key-status", "revoked");
  await expectNoSidewaysScroll(page);
});

test("an administrator's keys table on a phone: owner, rate limit and every action", async ({ adminPage: page, createUser }) => {
  const owner = await createUser({ permissions: ["api_keys:create"] });
  const key = await seedApiKey(owner.id, { name: unique("Owned key") });
  await page.goto("/admin/api-keys");
  await expectNoSidewaysScroll(page);
  const keyCard = card(page, "Every user's API keys", key.name);
  await expect(field(keyCard, "Owner")).toContainText(owner.name);
  await expect(field(keyCard, "Rate limit")).toContainText("/min");

  await chooseReachableAction(page, key.name, "Set rate limit");
  const dialog = page.getByRole("dialog", { name: `Rate limit for “${key.name}”` });
  await dialog.getByLabel("Requests per minute").fill("42");
  await expectReachable(dialog.getByRole("button", { name: "Save" }));
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(field(keyCard, "Rate limit")).toHaveText("42/min");
  for (const action of ["Disable", "Revoke"]) {
    // Opened again if the list's refetch after Save re-rendered the row and closed the menu.
    await expect(async () => {
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: `Actions for ${key.name}`, exact: true }).click();
      await expectReachable(page.getByRole("menuitem", { name: action }));
    }).toPass();
    await page.keyboard.press("Escape");
  }
});

test("the users table: search, sort and open a user", async ({ adminPage: page, createUser }) => {
  const user = await createUser({ name: unique("Phone user") });
  await page.goto(`/admin/users?q=${encodeURIComponent(user.name)}`);
  await expectNoSidewaysScroll(page);
  await expectReachable(page.getByRole("searchbox", { name: "Search users" }));

  const userCard = card(page, "Users", user.name);
  await expect(field(userCard, "Email")).toHaveText(user.email);
  await expect(field(userCard, "Status")).toHaveText("Active");
  for (const label of ["Groups", "Created", "Last sign-in"]) await expect(field(userCard, label)).not.toBeEmpty();

  // The column headers' sorting is offered above the cards.
  const byEmail = page.getByRole("group", { name: "Sort by" }).getByRole("button", { name: "Email" });
  await expectReachable(byEmail);
  await byEmail.click();
  await expect(page).toHaveURL(/sort=email/);
  await expect(byEmail).toHaveAttribute("aria-pressed", "true");

  const open = userCard.getByRole("link", { name: user.name });
  await expectReachable(open);
  await open.click();
  await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test("the audit log: filters, every field of an event, its target and older pages", async ({ adminPage: page, createUser }) => {
  const target = await createUser({ name: unique("Audited user") });
  const actor = `${unique("auditor")}@e2e.test`;
  // One page and one more: 50 old events, then the one to look at.
  const long = Date.now() - 60_000;
  await db.auditEvent.createMany({
    data: Array.from({ length: 50 }, (_, index) => ({ at: new Date(long + index), actorEmail: actor, action: "user.viewed" })),
  });
  await db.auditEvent.create({
    data: {
      actorEmail: actor,
      action: "user.updated",
      targetType: "user",
      targetId: target.id,
      targetLabel: target.name,
      ip: "203.0.113.9",
      details: JSON.stringify({ name: { before: "Before", after: target.name } }),
    },
  });

  await page.goto("/admin/audit");
  await expectNoSidewaysScroll(page);
  await expectReachable(page.getByRole("combobox", { name: "Action" }));
  const actorFilter = page.getByRole("searchbox", { name: "Actor" });
  await expectReachable(actorFilter);
  await actorFilter.fill(actor);
  await expect(page).toHaveURL(/actor=/);
  // The URL changes before the filtered list arrives: wait for the list itself.
  const event = card(page, "Audit events", "user.updated");
  await expect(event).toHaveCount(1);
  await expect(field(event, "Actor")).toHaveText(actor);
  await expect(field(event, "Details")).toContainText(target.name);
  await expect(field(event, "IP")).toHaveText("203.0.113.9");
  await expect(field(event, "When")).not.toBeEmpty();
  await expectNoSidewaysScroll(page);

  const older = page.getByRole("navigation", { name: "Audit log pages" }).getByRole("link", { name: "Older" });
  await expectReachable(older);
  await older.click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(card(page, "Audit events", "user.viewed").first()).toBeVisible();
  const newest = page.getByRole("link", { name: "Newest" });
  await expectReachable(newest);
  await newest.click();

  const targetLink = field(card(page, "Audit events", "user.updated"), "Target").getByRole("link", { name: target.name });
  await expectReachable(targetLink);
  await targetLink.click();
  await expect(page.getByRole("heading", { level: 1, name: target.name })).toBeVisible();
});
