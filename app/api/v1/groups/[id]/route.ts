import { readJson } from "@/lib/api/request";
import { withApiKey } from "@/lib/api/with-api-key";
import { NotFoundError } from "@/lib/errors";
import { groupSchema, updateGroupBodySchema } from "@/lib/groups/api-schemas";
import { deleteGroup } from "@/lib/groups/delete-group";
import { getGroup } from "@/lib/groups/queries";
import { updateGroup } from "@/lib/groups/update-group";

type Params = { id: string };

export const GET = withApiKey<Params>({ permission: "groups:read" }, async ({ actor, params }) => {
  const group = await getGroup({ actor, groupId: params.id });
  if (!group) throw new NotFoundError("Group");
  return groupSchema.parse(group);
});

export const PATCH = withApiKey<Params>({ permission: "groups:write" }, async ({ request, actor, params }) =>
  groupSchema.parse(await updateGroup({ actor, input: { groupId: params.id, ...(await readJson(request, updateGroupBodySchema)) } })),
);

export const DELETE = withApiKey<Params>({ permission: "groups:write" }, async ({ actor, params }) => {
  await deleteGroup({ actor, input: { groupId: params.id } });
  return new Response(null, { status: 204 });
});
