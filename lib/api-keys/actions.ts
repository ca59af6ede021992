"use server";

// Console mutations. Each is session → schema → one lib operation; the tables refresh through
// React Query (the client invalidates after each), so no path is revalidated here.
import { authedAction } from "@/lib/actions/client";
import { createApiKey } from "./create-api-key";
import { hideApiKey } from "./hide-api-key";
import { revokeApiKey } from "./revoke-api-key";
import { apiKeyRefSchema, createApiKeySchema, setApiKeyRateLimitSchema, updateApiKeySchema } from "./schemas";
import { setApiKeyRateLimit } from "./set-api-key-rate-limit";
import { disableApiKey, enableApiKey } from "./set-api-key-status";
import { updateApiKey } from "./update-api-key";

/** Returns the plaintext once, for the reveal dialog. */
export const createApiKeyAction = authedAction
  .inputSchema(createApiKeySchema)
  .action(async ({ parsedInput, ctx }) => createApiKey({ actor: ctx.actor, input: parsedInput }));

export const updateApiKeyAction = authedAction
  .inputSchema(updateApiKeySchema)
  .action(async ({ parsedInput, ctx }) => updateApiKey({ actor: ctx.actor, input: parsedInput }));

export const disableApiKeyAction = authedAction
  .inputSchema(apiKeyRefSchema)
  .action(async ({ parsedInput, ctx }) => disableApiKey({ actor: ctx.actor, input: parsedInput }));

export const enableApiKeyAction = authedAction
  .inputSchema(apiKeyRefSchema)
  .action(async ({ parsedInput, ctx }) => enableApiKey({ actor: ctx.actor, input: parsedInput }));

export const revokeApiKeyAction = authedAction
  .inputSchema(apiKeyRefSchema)
  .action(async ({ parsedInput, ctx }) => revokeApiKey({ actor: ctx.actor, input: parsedInput }));

export const hideApiKeyAction = authedAction
  .inputSchema(apiKeyRefSchema)
  .action(async ({ parsedInput, ctx }) => hideApiKey({ actor: ctx.actor, input: parsedInput }));

export const setApiKeyRateLimitAction = authedAction
  .inputSchema(setApiKeyRateLimitSchema)
  .action(async ({ parsedInput, ctx }) => setApiKeyRateLimit({ actor: ctx.actor, input: parsedInput }));
