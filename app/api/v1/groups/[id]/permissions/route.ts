import { readJson } from "@/lib/api/request";
import { withApiKey } from "@/lib/api/with-api-key";
import { groupPermissionsBodySchema, groupPermissionsSchema } from "@/lib/groups/api-schemas";
import { setGroupPermissions } from "@/lib/groups/set-group-permissions";

type Params = { id: string };

/** Replaces the group's permissions with exactly the given set. */
export const PUT = withApiKey<Params>({ permission: "groups:write" }, async ({ request, actor, params }) => {
  const { permissions } = await readJson(request, groupPermissionsBodySchema);
  return groupPermissionsSchema.parse(await setGroupPermissions({ actor, input: { groupId: params.id, permissions } }));
});
