import { ApiReference } from "@scalar/nextjs-api-reference";

// The interactive reference, served entirely by this installation (no CDN): the Scalar
// bundle comes from ./scalar, read out of node_modules.
export const GET = ApiReference({
  url: "/api/v1/openapi.json",
  cdn: "/docs/api/scalar",
  pageTitle: "Latchkey API reference",
  hideClientButton: true,
});
