import { pageOf } from "@/lib/api/schemas";
import { readJson, readQuery } from "@/lib/api/request";
import { withApiKey } from "@/lib/api/with-api-key";
import { createdUserSchema, createUserBodySchema, listUsersQuerySchema, userSchema } from "@/lib/users/api-schemas";
import { createUser } from "@/lib/users/create-user";
import { listUsersAfter } from "@/lib/users/queries";

export const GET = withApiKey({ permission: "users:read" }, async ({ request, actor }) => {
  const { q = "", status, limit, cursor } = readQuery(request, listUsersQuerySchema);
  const { rows, nextCursor } = await listUsersAfter({ actor, q, status: status === "ACTIVE" ? "active" : status === "DISABLED" ? "disabled" : "all", limit, cursor });
  return pageOf(userSchema).parse({ data: rows, next_cursor: nextCursor });
});

export const POST = withApiKey({ permission: "users:write" }, async ({ request, actor }) => {
  const result = await createUser({ actor, input: await readJson(request, createUserBodySchema) });
  return Response.json(createdUserSchema.parse(result), { status: 201, headers: { "Cache-Control": "no-store" } });
});
