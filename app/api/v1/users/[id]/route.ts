import { readJson } from "@/lib/api/request";
import { withApiKey } from "@/lib/api/with-api-key";
import { NotFoundError } from "@/lib/errors";
import { updateUserBodySchema, userDetailSchema } from "@/lib/users/api-schemas";
import { deleteUser } from "@/lib/users/delete-user";
import { getUserDetail } from "@/lib/users/queries";
import { resetPassword } from "@/lib/users/reset-password";
import { setUserStatus } from "@/lib/users/set-user-status";
import { updateUser } from "@/lib/users/update-user";

type Params = { id: string };

async function detail(userId: string) {
  const user = await getUserDetail(userId);
  if (!user) throw new NotFoundError("User");
  return userDetailSchema.parse({ ...user, permissions: user.permissions.map((entry) => entry.permission) });
}

export const GET = withApiKey<Params>({ permission: "users:read" }, async ({ params }) => detail(params.id));

/** Each field goes through its own operation (and audit event); the body is validated first. */
export const PATCH = withApiKey<Params>({ permission: "users:write" }, async ({ request, actor, params }) => {
  const { name, email, status, password } = await readJson(request, updateUserBodySchema);
  if (name !== undefined || email !== undefined) await updateUser({ actor, input: { userId: params.id, name, email } });
  if (status !== undefined) await setUserStatus({ actor, input: { userId: params.id, status } });
  if (password !== undefined) await resetPassword({ actor, input: { userId: params.id, password } });
  return detail(params.id);
});

export const DELETE = withApiKey<Params>({ permission: "users:write" }, async ({ actor, params }) => {
  await deleteUser({ actor, input: { userId: params.id } });
  return new Response(null, { status: 204 });
});
