// POST /api/v1/keys/verify: what a service sends and what it gets back.
import { z } from "zod";
import { email, id, int32, name, permission, permissions } from "@/lib/api/schemas";

export const VERIFY_CODES = ["VALID", "NOT_FOUND", "EXPIRED", "DISABLED", "REVOKED", "OWNER_DISABLED", "INSUFFICIENT_PERMISSIONS", "RATE_LIMITED"] as const;
export type VerifyCode = (typeof VERIFY_CODES)[number];

export const verifyKeyBodySchema = z
  .strictObject({
    // Any text up to this length: what is not a key is NOT_FOUND, never a field error
    // quoting it (the text may be someone's secret).
    key: z.string().max(200).meta({ description: "The API key the service's caller presented (`lk_…`)" }),
    permission: permission.optional().meta({ description: "A permission of the token's own service that the key must hold (`<slug>:<name>`)" }),
  })
  .meta({ id: "VerifyKeyRequest" });

export type VerifyKeyBody = z.infer<typeof verifyKeyBodySchema>;

export const verifyKeyAnswerSchema = z
  .object({
    valid: z.boolean().meta({ description: "true only with `code` VALID" }),
    code: z.enum(VERIFY_CODES).meta({ description: "What the key's check found; see docs/api.md \"Verify API\"" }),
    keyId: id.optional().meta({ description: "The key's id, when it is valid for this service (also with INSUFFICIENT_PERMISSIONS and RATE_LIMITED)" }),
    owner: z.object({ id, email, name }).optional().meta({ description: "The key's owner, with keyId" }),
    permissions: permissions.optional().meta({ description: "What the key may do now in this service only (its scopes ∩ its owner's permissions, of this service)" }),
    ratelimit: z
      .object({
        limit: int32(1, 100_000).meta({ description: "Requests per minute the key may make" }),
        remaining: int32(0, 100_000),
        reset: int32(0, 60).meta({ description: "Seconds until the window ends" }),
      })
      .optional()
      .meta({ description: "The key's rate limit after counting this check, with keyId" }),
  })
  .meta({ id: "VerifyKeyAnswer" });

export type VerifyKeyAnswer = z.input<typeof verifyKeyAnswerSchema>;
