import { meSchema } from "@/lib/api/schemas";
import { withApiKey } from "@/lib/api/with-api-key";

/** The key's owner and what the key may do now. */
export const GET = withApiKey({}, async ({ actor }) =>
  meSchema.parse({ id: actor.userId, email: actor.email, name: actor.name, keyId: actor.keyId, permissions: [...actor.permissions].sort() }),
);
