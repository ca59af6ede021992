import { pageOf } from "@/lib/api/schemas";
import { readJson, readQuery } from "@/lib/api/request";
import { withApiKey } from "@/lib/api/with-api-key";
import { createGroupBodySchema, groupSchema, listGroupsQuerySchema } from "@/lib/groups/api-schemas";
import { createGroup } from "@/lib/groups/create-group";
import { listGroupsAfter } from "@/lib/groups/queries";

export const GET = withApiKey({ permission: "groups:read" }, async ({ request, actor }) => {
  const { q = "", limit, cursor } = readQuery(request, listGroupsQuerySchema);
  const { rows, nextCursor } = await listGroupsAfter({ actor, q, limit, cursor });
  return pageOf(groupSchema).parse({ data: rows, next_cursor: nextCursor });
});

export const POST = withApiKey({ permission: "groups:write" }, async ({ request, actor }) => {
  const created = await createGroup({ actor, input: await readJson(request, createGroupBodySchema) });
  return Response.json(groupSchema.parse(created), { status: 201 });
});
