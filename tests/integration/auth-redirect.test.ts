// next-auth's redirect callback (sign-in and sign-out callbackUrl) follows the sign-in
// form's rule: same origin as the console, else its root.
import { expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";

it("next-auth's redirect callback keeps only targets on the console's origin", async () => {
  const redirect = authOptions.callbacks?.redirect;
  expect(redirect).toBeTypeOf("function");
  const baseUrl = "http://127.0.0.1:3000";
  const cases: [string, string][] = [
    ["/preferences?tab=keys", `${baseUrl}/preferences?tab=keys`],
    [`${baseUrl}/login?reason=password-changed`, `${baseUrl}/login?reason=password-changed`],
    ["/\\evil.example", `${baseUrl}/`],
    ["/\t/evil.example", `${baseUrl}/`],
    ["//evil.example", `${baseUrl}/`],
    ["https://evil.example/", `${baseUrl}/`],
    ["http://127.0.0.1:3001/", `${baseUrl}/`],
  ];
  for (const [url, expected] of cases) expect(await redirect!({ url, baseUrl }), url).toBe(expected);
});
