import { apiKeySchema } from "@/lib/api/schemas";
import { withApiKey } from "@/lib/api/with-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";

/** Revokes a key: one's own, or any with api_keys:manage. Revoking twice changes nothing. */
export const DELETE = withApiKey<{ id: string }>({}, async ({ actor, params }) =>
  apiKeySchema.parse(await revokeApiKey({ actor, input: { id: params.id } })),
);
