import { problemResponse } from "@/lib/api/problem";

// Unknown /api/v1 paths answer problem+json like every other API error.
function notFound(request: Request) {
  return problemResponse({ title: "Not Found", status: 404, detail: `No API route at ${new URL(request.url).pathname}.` });
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
