// Helpers for the API key journeys: keys seeded straight into the server's database, and the
// row menu "Actions for <name>".
import type { Page } from "@playwright/test";
import { DAY_MS } from "@/lib/api-keys/expiry";
import { displayPrefix, generateApiKey, hashApiKey } from "@/lib/api-keys/format";
import { db } from "@/lib/db";
import { unique } from "../../tests/helpers/seed";

/** A key as if its owner had made it (whatever they may do now); returns it with its plaintext. */
export async function seedApiKey(userId: string, { name = unique("Seeded key"), expiresInDays = 365 }: { name?: string; expiresInDays?: number | null } = {}) {
  const plaintext = generateApiKey();
  const key = await db.apiKey.create({
    data: {
      userId,
      name,
      prefix: displayPrefix(plaintext),
      hash: hashApiKey(plaintext),
      expiresAt: expiresInDays === null ? null : new Date(Date.now() + expiresInDays * DAY_MS),
    },
  });
  return { ...key, plaintext };
}

export function keyRow(page: Page, name: string) {
  return page.getByRole("row").filter({ has: page.getByText(name, { exact: true }) });
}

export async function chooseAction(page: Page, keyName: string, action: string) {
  await page.getByRole("button", { name: `Actions for ${keyName}`, exact: true }).click();
  await page.getByRole("menuitem", { name: action }).click();
}

export async function openApiKeysTab(page: Page) {
  await page.goto("/preferences?tab=api-keys");
  await page.getByRole("tab", { name: "API keys", selected: true }).waitFor();
}
