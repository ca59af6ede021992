// One zod schema per API key input, shared by the forms, the server actions and the API.
import { z } from "zod";
import { cursorSchema, pageLimit } from "@/lib/api/request";
import { MAX_PERMISSIONS, permissionSchema } from "@/lib/permissions/catalogue";
import { plainText } from "@/lib/validation/text";
import { EXPIRATION_CHOICES } from "./expiry";
import { API_KEY_STATES } from "./status";

export const apiKeyIdSchema = z.string().trim().min(1, "Missing key id").max(64).check(plainText());
export const apiKeyNameSchema = z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters").check(plainText());
export const apiKeyDescriptionSchema = z.string().trim().max(500, "Use at most 500 characters").check(plainText({ multiline: true }));

/** How a new key's permissions are set: all the owner's, a preset's (of those held), or picked one by one. */
export const API_KEY_ACCESS = ["inherit", "preset", "choose"] as const;
export type ApiKeyAccess = (typeof API_KEY_ACCESS)[number];
export const MAX_BOUND_SERVICES = 50;

export const createApiKeySchema = z
  .object({
    name: apiKeyNameSchema,
    description: apiKeyDescriptionSchema,
    expiration: z.enum(EXPIRATION_CHOICES, { error: "Choose when the key expires" }),
    /** With expiration "custom": the moment it expires (the end of the chosen day, in the user's time zone). */
    customExpiresAt: z.iso.datetime({ offset: true, error: "Choose a date" }).optional(),
    access: z.enum(API_KEY_ACCESS),
    /** With access "choose": the permissions the key may use (never more than its owner holds). */
    scopes: z.array(permissionSchema).max(MAX_PERMISSIONS),
    /** With access "preset": the preset whose permissions, of those the owner holds, the key gets. */
    presetId: z.string().trim().max(64).check(plainText()).optional(),
    /** Services the key is bound to (their ids): it then works only for them, never on Latchkey's API. */
    services: z.array(z.string().trim().min(1).max(64).check(plainText())).max(MAX_BOUND_SERVICES, `Bind to at most ${MAX_BOUND_SERVICES} services`).optional(),
  })
  .superRefine((input, context) => {
    if (input.expiration === "custom" && !input.customExpiresAt) {
      context.addIssue({ code: "custom", path: ["customExpiresAt"], message: "Choose a date" });
    }
    if (input.access === "preset" && !input.presetId) {
      context.addIssue({ code: "custom", path: ["presetId"], message: "Choose a preset" });
    }
    if (input.access === "choose" && input.scopes.length === 0) {
      context.addIssue({ code: "custom", path: ["scopes"], message: "Choose at least one permission" });
    }
  });
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const updateApiKeySchema = z.object({
  id: apiKeyIdSchema,
  name: apiKeyNameSchema,
  description: apiKeyDescriptionSchema,
});
export type UpdateApiKeyInput = z.infer<typeof updateApiKeySchema>;

/** Disable, enable, revoke and remove-from-list take just the key's id. */
export const apiKeyRefSchema = z.object({ id: apiKeyIdSchema });
export type ApiKeyRef = z.infer<typeof apiKeyRefSchema>;

export const setApiKeyRateLimitSchema = z.object({
  id: apiKeyIdSchema,
  /** Requests per minute; null returns the key to the policy default. */
  rateLimit: z.number().int("Use a whole number").min(1, "Allow at least 1 request per minute").max(100_000, "Use at most 100000").nullable(),
});
export type SetApiKeyRateLimitInput = z.infer<typeof setApiKeyRateLimitSchema>;

/** A user's own keys or, with api_keys:manage, another user's: for the API (cursor pages). */
export const listApiKeysSchema = z.object({
  userId: z.string().trim().min(1).max(64).check(plainText()).optional(),
  limit: pageLimit(50),
  cursor: cursorSchema.optional(),
});
export type ListApiKeysInput = z.input<typeof listApiKeysSchema>;

export const ALL_KEYS_SORTS = ["created", "last-used-desc", "last-used-asc"] as const;

/** Every user's keys for administrators: filters, sort, offset pages. */
export const listAllApiKeysSchema = z.object({
  state: z.enum(API_KEY_STATES).optional(),
  expiresWithinDays: z.coerce.number().int().min(1).max(3650).optional(),
  sort: z.enum(ALL_KEYS_SORTS).default("last-used-desc"),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListAllApiKeysInput = z.input<typeof listAllApiKeysSchema>;

export const listUserApiKeysSchema = z.object({ userId: z.string().trim().min(1).max(64).check(plainText()) });
