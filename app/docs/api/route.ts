import { ApiReference } from "@scalar/nextjs-api-reference";

// The interactive reference, served entirely by this installation: the Scalar bundle comes
// from ./scalar (read out of node_modules), and every feature that would call Scalar's own
// services (fonts, AI agent, registry, telemetry, developer toolbar) is off. Its script tags
// carry this request's CSP nonce (set by proxy.ts), so the page runs under the console's
// strict policy.
const configuration = {
  url: "/api/v1/openapi.json",
  cdn: "/docs/api/scalar",
  pageTitle: "Latchkey API reference",
  hideClientButton: true,
  withDefaultFonts: false,
  telemetry: false,
  showDeveloperTools: "never",
  agent: { disabled: true },
} as const;

export function GET(request: Request) {
  const nonce = request.headers.get("x-nonce") ?? undefined;
  return ApiReference({ ...configuration, nonce })();
}
