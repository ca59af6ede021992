import "server-only";
import { NotFoundError } from "@/lib/errors";
import { groupSchema } from "@/lib/groups/api-schemas";
import { getGroup } from "@/lib/groups/queries";

/** A group as the group operations answer it. */
export async function groupAnswer(groupId: string) {
  const group = await getGroup(groupId);
  if (!group) throw new NotFoundError("Group");
  return groupSchema.parse(group);
}
