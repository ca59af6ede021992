// Note: Next.js renders an empty role="alert" route announcer outside <main>; look for alerts
// inside page.getByRole("main").
// Fixtures for browser journeys. Each test seeds its own users (unique emails) straight into
// the server's database and signs in programmatically, except where sign-in is the subject.
import { test as base, expect, type Page } from "@playwright/test";
import type { Permission } from "@/lib/permissions/catalogue";
import { TEST_PASSWORD, seedUser } from "../../tests/helpers/seed";

export type SeededUser = { id: string; email: string; name: string; password: string };

/** Signs the page's browser context in through next-auth's credentials endpoint. */
export async function signIn(page: Page, user: { email: string; password: string }) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true" },
  });
  expect(response.ok(), "programmatic sign-in").toBe(true);
}

type Fixtures = {
  /** Creates a user with exactly these permissions (or an administrator). */
  createUser: (options?: { permissions?: Permission[]; admin?: boolean; name?: string }) => Promise<SeededUser>;
  /** A page signed in as a fresh administrator. */
  adminPage: Page;
  admin: SeededUser;
};

export const test = base.extend<Fixtures>({
  // Navigations wait until React has hydrated (app/layout.tsx marks <html data-hydrated>):
  // typing into a form before then can be lost or doubled.
  page: async ({ page }, use) => {
    const hydrated = () => page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await hydrated();
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await hydrated();
      return response;
    };
    await use(page);
  },
  createUser: async ({}, use) => {
    await use(async (options = {}) => {
      const { user } = await seedUser(options);
      return { id: user.id, email: user.email, name: user.name, password: TEST_PASSWORD };
    });
  },
  admin: async ({ createUser }, use) => {
    await use(await createUser({ admin: true }));
  },
  adminPage: async ({ page, admin }, use) => {
    await signIn(page, admin);
    await use(page);
  },
});

export { expect };
