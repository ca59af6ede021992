import { userDetailSchema } from "@/lib/users/api-schemas";
import type { UserDetail } from "@/lib/users/queries";

/** A user as GET and PATCH /users/{id} answer. */
export const userDetail = (user: UserDetail) => userDetailSchema.parse({ ...user, permissions: user.permissions.map((entry) => entry.permission) });
