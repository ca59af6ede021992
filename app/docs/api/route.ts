// The interactive reference, served entirely by this installation: the Scalar bundle comes
// from ./scalar (read out of the installed @scalar/api-reference), and every feature that
// would call Scalar's own services (fonts, AI agent, registry, telemetry, developer toolbar)
// is off. Its script tags carry this request's CSP nonce (set by proxy.ts), so the page runs
// under the console's strict policy.
//
// The page is written here rather than by @scalar/nextjs-api-reference: every release of that
// wrapper (and of @scalar/core / client-side-rendering behind it) that can put a nonce on its
// tags requires Node.js 22, and all it does is print these few tags.
const configuration = {
  url: "/api/v1/openapi.json",
  hideClientButton: true,
  withDefaultFonts: false,
  telemetry: false,
  showDeveloperTools: "never",
  agent: { disabled: true },
};

/** JSON that cannot close the <script> element it is printed into. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/** A nonce attribute, or nothing (development without proxy.ts); nonces are base64, quoted anyway. */
const nonceAttribute = (nonce: string | null) => (nonce ? ` nonce="${nonce.replace(/[^A-Za-z0-9+/=_-]/g, "")}"` : "");

export function GET(request: Request) {
  const nonce = nonceAttribute(request.headers.get("x-nonce"));
  const page = `<!doctype html>
<html lang="en">
  <head>
    <title>Latchkey API reference</title>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
  </head>
  <body>
    <div id="app"></div>
    <script src="/docs/api/scalar"${nonce}></script>
    <script${nonce}>Scalar.createApiReference("#app", ${scriptJson(configuration)});</script>
  </body>
</html>`;
  return new Response(page, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
