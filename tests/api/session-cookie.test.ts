// The session cookie of a console served over https is Secure and __Secure- prefixed (and
// HSTS is sent), read
// from a real sign-in against a server whose NEXTAUTH_URL is https (TLS itself ends at the
// reverse proxy in front of it).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer } from "../../scripts/server";
import { TEST_PASSWORD, seedUser } from "../helpers/seed";

async function signIn(baseUrl: string, email: string) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const cookie = csrf.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({ csrfToken, email, password: TEST_PASSWORD, json: "true" }),
  });
  return answer.headers.getSetCookie().find((line) => line.includes("next-auth.session-token="));
}

describe("session cookie", () => {
  let https: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    https = await startServer(inject("apiDatabaseUrl"), { NEXTAUTH_URL: "https://latchkey.example.test" });
  });
  afterAll(() => https?.stop());

  it("is Secure with the __Secure- prefix when the console URL is https", async () => {
    const { user } = await seedUser();
    const cookie = await signIn(https.baseUrl, user.email);
    expect(cookie).toMatch(/^__Secure-next-auth\.session-token=/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
  });

  it("HSTS is sent on pages and API answers when the console URL is https", async () => {
    for (const path of ["/login", "/api/health", "/api/v1/me"]) {
      const answer = await fetch(`${https.baseUrl}${path}`, { redirect: "manual" });
      expect(answer.headers.get("strict-transport-security"), path).toMatch(/^max-age=\d{8,}/);
    }
  });

  it("is neither over plain http (a browser would drop a Secure cookie there)", async () => {
    const { user } = await seedUser();
    const cookie = await signIn(inject("apiServers")[0], user.email);
    expect(cookie).toMatch(/^next-auth\.session-token=/);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });
});
