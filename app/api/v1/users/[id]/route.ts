import { readJson } from "@/lib/api/request";
import { withApiKey } from "@/lib/api/with-api-key";
import { NotFoundError } from "@/lib/errors";
import { updateUserBodySchema, userDetailSchema } from "@/lib/users/api-schemas";
import { deleteUser } from "@/lib/users/delete-user";
import { getUserDetail, type UserDetail } from "@/lib/users/queries";
import { updateUser } from "@/lib/users/update-user";

type Params = { id: string };

const detail = (user: UserDetail) => userDetailSchema.parse({ ...user, permissions: user.permissions.map((entry) => entry.permission) });

export const GET = withApiKey<Params>({ permission: "users:read" }, async ({ actor, params }) => {
  const user = await getUserDetail({ actor, userId: params.id });
  if (!user) throw new NotFoundError("User");
  return detail(user);
});

/** All given fields change in one transaction, or none does. */
export const PATCH = withApiKey<Params>({ permission: "users:write" }, async ({ request, actor, params }) =>
  detail(await updateUser({ actor, input: { userId: params.id, ...(await readJson(request, updateUserBodySchema)) } })),
);

export const DELETE = withApiKey<Params>({ permission: "users:write" }, async ({ actor, params }) => {
  await deleteUser({ actor, input: { userId: params.id } });
  return new Response(null, { status: 204 });
});
