// Console sessions over real HTTP: a copied session cookie must stop working once its
// session ends (sign-out, or the server-side lifetime), on every instance.
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { TEST_PASSWORD, seedUser } from "../helpers/seed";

const USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

/** A minimal cookie jar: what a browser (or someone who copied its cookies) would send. */
class Browser {
  cookies = new Map<string, string>();
  constructor(readonly server = 0) {}

  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(path: string, init: RequestInit = {}) {
    const response = await fetch(`${inject("apiServers")[this.server]}${path}`, {
      ...init,
      redirect: "manual",
      headers: { "User-Agent": USER_AGENT, ...(init.headers as Record<string, string>), Cookie: this.header() },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const [name, ...rest] = pair.split("=");
      const value = rest.join("=");
      const expired = attributes.some((attribute) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(attribute));
      if (expired || value === "") this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  }

  async form(path: string, fields: Record<string, string>) {
    const { csrfToken } = (await (await this.request("/api/auth/csrf")).json()) as { csrfToken: string };
    return this.request(path, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...fields, csrfToken, json: "true" }).toString(),
    });
  }

  signIn(email: string, password = TEST_PASSWORD) {
    return this.form("/api/auth/callback/credentials", { email, password });
  }

  signOut() {
    return this.form("/api/auth/signout", {});
  }

  async sessionUser() {
    const body = (await (await this.request("/api/auth/session")).json()) as { user?: { id?: string; email?: string } };
    return body.user ?? null;
  }

  /** A copy of this browser's cookies, as a thief would take them. */
  copy(server = this.server) {
    const copy = new Browser(server);
    copy.cookies = new Map(this.cookies);
    return copy;
  }
}

async function signedIn(server = 0) {
  const { user } = await seedUser();
  const browser = new Browser(server);
  const answer = await browser.signIn(user.email);
  expect(answer.status).toBe(200);
  expect(await browser.sessionUser()).toMatchObject({ email: user.email });
  return { user, browser };
}

describe("console sessions", () => {
  it("a copied session cookie stops working after sign-out, on every instance", async () => {
    const { user, browser } = await signedIn();
    const stolen = browser.copy(1);
    expect(await stolen.sessionUser()).toMatchObject({ email: user.email });
    expect((await stolen.request("/preferences")).status).toBe(200);

    const signOut = await browser.signOut();
    expect(signOut.status).toBe(200);

    expect(await stolen.sessionUser()).toBeNull();
    const page = await stolen.copy(0).request("/preferences");
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
    expect((await browser.copy(1).request("/preferences")).status).toBe(307);
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
