// Console sessions over real HTTP: a copied session cookie must stop working once its
// session ends (sign-out, or the server-side lifetime), on every instance.
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { Browser, USER_AGENT } from "../helpers/browser";
import { TEST_PASSWORD, seedUser } from "../helpers/seed";

const server = (index: number) => inject("apiServers")[index];

async function signedIn(index = 0) {
  const { user } = await seedUser();
  const browser = new Browser(server(index));
  const answer = await browser.signIn(user.email, TEST_PASSWORD);
  expect(answer.status).toBe(200);
  expect(await browser.sessionUser()).toMatchObject({ email: user.email });
  return { user, browser };
}

describe("console sessions", () => {
  it("a copied session cookie stops working after sign-out, on every instance", async () => {
    const { user, browser } = await signedIn();
    const stolen = browser.copy(server(1));
    expect(await stolen.sessionUser()).toMatchObject({ email: user.email });
    expect((await stolen.request("/preferences")).status).toBe(200);

    const signOut = await browser.signOut();
    expect(signOut.status).toBe(200);

    expect(await stolen.sessionUser()).toBeNull();
    const page = await stolen.copy(server(0)).request("/preferences");
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toMatch(/\/login/);
  });

  it("records the session server-side with the browser and address, and ends it past its absolute lifetime", async () => {
    const { user, browser } = await signedIn();
    const [row] = await db.session.findMany({ where: { userId: user.id } });
    expect(row).toMatchObject({ userAgent: USER_AGENT, ip: expect.any(String) });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(12 * 60 * 60 * 1000);

    // The cookie is fresh (the session endpoint re-issues it), but the row's lifetime is over.
    await db.session.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await browser.sessionUser()).toBeNull();
    expect((await browser.copy(server(1)).request("/preferences")).status).toBe(307);
  });

  it("ends a session left idle longer than the idle timeout", async () => {
    const { user, browser } = await signedIn(1);
    await db.session.updateMany({ where: { userId: user.id }, data: { lastSeenAt: new Date(Date.now() - 2 * 60 * 60 * 1000 - 1000) } });
    expect(await browser.sessionUser()).toBeNull();
  });

  it("a session whose row was deleted (ended elsewhere) is refused", async () => {
    const { user, browser } = await signedIn();
    await db.session.deleteMany({ where: { userId: user.id } });
    expect(await browser.sessionUser()).toBeNull();
    expect((await browser.request("/preferences")).status).toBe(307);
  });
});
