"use server";

// Console mutations. Each is session → schema → one lib operation.
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/client";
import { createApiKey } from "./create-api-key";
import { hideApiKey } from "./hide-api-key";
import { revokeApiKey } from "./revoke-api-key";
import { apiKeyRefSchema, createApiKeySchema, setApiKeyRateLimitSchema, updateApiKeySchema } from "./schemas";
import { setApiKeyRateLimit } from "./set-api-key-rate-limit";
import { disableApiKey, enableApiKey } from "./set-api-key-status";
import { updateApiKey } from "./update-api-key";

// Keys are listed on Preferences, on Admin → API keys and on each user's page, all read on the
// server: each change that succeeded re-renders them (the current page in the same response).
const keyAction = authedAction.use(async ({ next }) => {
  const result = await next();
  if (result.success) revalidatePath("/", "layout");
  return result;
});

/** Returns the plaintext once, for the reveal dialog. */
export const createApiKeyAction = keyAction
  .inputSchema(createApiKeySchema)
  .action(async ({ parsedInput, ctx }) => createApiKey({ actor: ctx.actor, input: parsedInput }));

export const updateApiKeyAction = keyAction
  .inputSchema(updateApiKeySchema)
  .action(async ({ parsedInput, ctx }) => updateApiKey({ actor: ctx.actor, input: parsedInput }));

export const disableApiKeyAction = keyAction
  .inputSchema(apiKeyRefSchema)
  .action(async ({ parsedInput, ctx }) => disableApiKey({ actor: ctx.actor, input: parsedInput }));

export const enableApiKeyAction = keyAction
  .inputSchema(apiKeyRefSchema)
  .action(async ({ parsedInput, ctx }) => enableApiKey({ actor: ctx.actor, input: parsedInput }));

export const revokeApiKeyAction = keyAction
  .inputSchema(apiKeyRefSchema)
  .action(async ({ parsedInput, ctx }) => revokeApiKey({ actor: ctx.actor, input: parsedInput }));

export const hideApiKeyAction = keyAction
  .inputSchema(apiKeyRefSchema)
  .action(async ({ parsedInput, ctx }) => hideApiKey({ actor: ctx.actor, input: parsedInput }));

export const setApiKeyRateLimitAction = keyAction
  .inputSchema(setApiKeyRateLimitSchema)
  .action(async ({ parsedInput, ctx }) => setApiKeyRateLimit({ actor: ctx.actor, input: parsedInput }));
