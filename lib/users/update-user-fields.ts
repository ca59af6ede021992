import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { lockAdministrators } from "@/lib/permissions/administrators";
import { requireRecentConfirmation } from "@/lib/sessions/confirmation";
import { assertNotOwnCredentials } from "./credentials";
import { applyPassword, preparePassword } from "./reset-password";
import { applyUserStatus } from "./set-user-status";
import { updateUserFieldsSchema, type UpdateUserFieldsInput } from "./schemas";
import { applyUserDetails, confirmIfEmailChanges, withEmailConflicts } from "./update-user";
import { userDetailById } from "./user-reads";

/**
 * PATCH /api/v1/users/{id}: name, email, status and password in one transaction, so a
 * refused part (the last administrator, a taken email) leaves nothing changed. Each part is
 * the same change, and the same audit event, as the console's separate forms make. It
 * answers with the user's detail as it now is.
 */
export async function updateUserFields({ actor, input }: { actor: Actor; input: UpdateUserFieldsInput }) {
  requirePermission(actor, "users:write");
  const { userId, name, email, status, password } = updateUserFieldsSchema.parse(input);
  // Before the slow hashing: a refused password change must cost the caller nothing.
  if (password !== undefined) assertNotOwnCredentials(actor, userId, "password");
  if (password !== undefined || status === "DISABLED") await requireRecentConfirmation(actor);
  else await confirmIfEmailChanges(actor, userId, email);
  const prepared = password !== undefined ? await preparePassword(userId, password) : null;
  return withEmailConflicts(
    db.$transaction(async (tx) => {
      if (status === "DISABLED") await lockAdministrators(tx);
      if (name !== undefined || email !== undefined) await applyUserDetails(tx, actor, { userId, name, email });
      if (status !== undefined) await applyUserStatus(tx, actor, { userId, status });
      if (prepared) await applyPassword(tx, actor, prepared);
      const user = await userDetailById(tx, userId);
      if (!user) throw new NotFoundError("User");
      return user;
    }),
  );
}
