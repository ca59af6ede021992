import { apiKeySchema, pageOf } from "@/lib/api/schemas";
import { readQuery } from "@/lib/api/request";
import { withApiKey } from "@/lib/api/with-api-key";
import { listApiKeys } from "@/lib/api-keys/queries";
import { listApiKeysSchema } from "@/lib/api-keys/schemas";

/** The caller's keys, or with api_keys:manage another user's (?userId=). */
export const GET = withApiKey({}, async ({ request, actor }) => {
  const { items, nextCursor } = await listApiKeys({ actor, input: readQuery(request, listApiKeysSchema) });
  return pageOf(apiKeySchema).parse({ data: items, next_cursor: nextCursor });
});
