// A minimal browser over real HTTP: a cookie jar and next-auth's credentials sign-in, as a
// browser (or someone who copied its cookies) would send them.
export const USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

export class Browser {
  cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(path: string, init: RequestInit = {}) {
    const response = await fetch(`${this.baseUrl}${path}`, {
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

  signIn(email: string, password: string) {
    return this.form("/api/auth/callback/credentials", { email, password });
  }

  signOut() {
    return this.form("/api/auth/signout", {});
  }

  async sessionUser() {
    const body = (await (await this.request("/api/auth/session")).json()) as { user?: { id?: string; email?: string } };
    return body.user ?? null;
  }

  /** A copy of this browser's cookies, as a thief would take them, sent to `baseUrl`. */
  copy(baseUrl = this.baseUrl) {
    const copy = new Browser(baseUrl);
    copy.cookies = new Map(this.cookies);
    return copy;
  }
}
