import { withApiKey } from "@/lib/api/with-api-key";
import { addMembers, removeMember } from "@/lib/groups/members";

type Params = { id: string; userId: string };

/** Idempotent: adding a member twice is not an error. */
export const PUT = withApiKey<Params>({ permission: "groups:write" }, async ({ actor, params }) => {
  await addMembers({ actor, input: { groupId: params.id, userIds: [params.userId] } });
  return new Response(null, { status: 204 });
});

export const DELETE = withApiKey<Params>({ permission: "groups:write" }, async ({ actor, params }) => {
  await removeMember({ actor, input: { groupId: params.id, userId: params.userId } });
  return new Response(null, { status: 204 });
});
