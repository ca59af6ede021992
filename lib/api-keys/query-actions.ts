"use server";

// Reads for React Query: the tables' query functions are these actions, so they share the
// session check and the lib queries with the server-rendered first page.
import { authedAction } from "@/lib/actions/client";
import { listAllApiKeys, listOwnApiKeys, listUserApiKeys } from "./queries";
import { listAllApiKeysSchema, listUserApiKeysSchema } from "./schemas";

export const listOwnApiKeysAction = authedAction.action(async ({ ctx }) => listOwnApiKeys({ actor: ctx.actor }));

export const listUserApiKeysAction = authedAction
  .inputSchema(listUserApiKeysSchema)
  .action(async ({ parsedInput, ctx }) => listUserApiKeys({ actor: ctx.actor, input: parsedInput }));

export const listAllApiKeysAction = authedAction
  .inputSchema(listAllApiKeysSchema)
  .action(async ({ parsedInput, ctx }) => listAllApiKeys({ actor: ctx.actor, input: parsedInput }));
