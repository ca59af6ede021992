"use server";

// The console's service mutations: each calls the one function in lib/services.
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/client";
import { createService } from "./create-service";
import { deleteService } from "./delete-service";
import { createServiceSchema, deleteServiceSchema, setServicePermissionsSchema, updateServiceSchema } from "./schemas";
import { setServicePermissions } from "./set-service-permissions";
import { updateService } from "./update-service";

// Groups' pages list the catalogue, keys' pages their scopes: all of /admin may change.
const refresh = () => revalidatePath("/admin", "layout");

export const createServiceAction = authedAction.inputSchema(createServiceSchema).action(async ({ parsedInput, ctx }) => {
  const service = await createService({ actor: ctx.actor, input: parsedInput });
  refresh();
  return { id: service.id, name: service.name };
});

export const updateServiceAction = authedAction.inputSchema(updateServiceSchema).action(async ({ parsedInput, ctx }) => {
  const service = await updateService({ actor: ctx.actor, input: parsedInput });
  refresh();
  return { id: service.id, name: service.name };
});

export const setServicePermissionsAction = authedAction.inputSchema(setServicePermissionsSchema).action(async ({ parsedInput, ctx }) => {
  const service = await setServicePermissions({ actor: ctx.actor, input: parsedInput });
  refresh();
  return { id: service.id, permissions: service.permissions.map(({ name, description }) => ({ name, description })) };
});

export const deleteServiceAction = authedAction.inputSchema(deleteServiceSchema).action(async ({ parsedInput, ctx }) => {
  await deleteService({ actor: ctx.actor, input: parsedInput });
  refresh();
});
