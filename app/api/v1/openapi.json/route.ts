import { openApiDocument } from "@/lib/api/openapi";

/** The OpenAPI 3.1 document (no authentication). */
export function GET() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
