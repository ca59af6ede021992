// Service tokens: the inputs of their operations (console and lib alike).
import { z } from "zod";
import { idSchema } from "@/lib/users/schemas";
import { plainText } from "@/lib/validation/text";

export const serviceTokenNameSchema = z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters").check(plainText());

export const createServiceTokenSchema = z.object({ serviceId: idSchema, name: serviceTokenNameSchema });
export type CreateServiceTokenInput = z.input<typeof createServiceTokenSchema>;

export const revokeServiceTokenSchema = z.object({ tokenId: idSchema });
export type RevokeServiceTokenInput = z.input<typeof revokeServiceTokenSchema>;
