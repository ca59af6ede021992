"use server";

// The console's service-token mutations: each calls the one function in lib/services/tokens.ts.
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/client";
import { createServiceTokenSchema, revokeServiceTokenSchema } from "./token-schemas";
import { createServiceToken, revokeServiceToken } from "./tokens";

// A service's page lists its tokens.
const refresh = (serviceId: string) => revalidatePath(`/admin/services/${serviceId}`);

/** Answers the plaintext once, for the reveal dialog; it is never readable again. */
export const createServiceTokenAction = authedAction.inputSchema(createServiceTokenSchema).action(async ({ parsedInput, ctx }) => {
  const { token, plaintext } = await createServiceToken({ actor: ctx.actor, input: parsedInput });
  refresh(token.serviceId);
  return { id: token.id, name: token.name, plaintext };
});

export const revokeServiceTokenAction = authedAction.inputSchema(revokeServiceTokenSchema).action(async ({ parsedInput, ctx }) => {
  const token = await revokeServiceToken({ actor: ctx.actor, input: parsedInput });
  refresh(token.serviceId);
  return { id: token.id };
});
