import "server-only";
import { NotFoundError } from "@/lib/errors";
import { userDetailSchema } from "@/lib/users/api-schemas";
import { getUserDetail } from "@/lib/users/queries";

/** A user as GET and PATCH /users/{id} answer. */
export async function userDetail(userId: string) {
  const user = await getUserDetail(userId);
  if (!user) throw new NotFoundError("User");
  return userDetailSchema.parse({ ...user, permissions: user.permissions.map((entry) => entry.permission) });
}
