// Every /api/v1 operation. A new one is a file beside these and a line here.
import type { Operation } from "../operation";
import { listApiKeys } from "./api-keys/list-api-keys";
import { revokeApiKey } from "./api-keys/revoke-api-key";
import { listAuditEvents } from "./audit-events/list-audit-events";
import { addGroupMember } from "./groups/add-member";
import { createGroup } from "./groups/create-group";
import { deleteGroup } from "./groups/delete-group";
import { getGroup } from "./groups/get-group";
import { listGroups } from "./groups/list-groups";
import { removeGroupMember } from "./groups/remove-member";
import { setGroupPermissions } from "./groups/set-permissions";
import { updateGroup } from "./groups/update-group";
import { verifyKey } from "./keys/verify-key";
import { getMe } from "./me";
import { createService } from "./services/create-service";
import { deleteService } from "./services/delete-service";
import { getService } from "./services/get-service";
import { listServices } from "./services/list-services";
import { setServicePermissions } from "./services/set-permissions";
import { updateService } from "./services/update-service";
import { createUser } from "./users/create-user";
import { deleteUser } from "./users/delete-user";
import { getUser } from "./users/get-user";
import { listUsers } from "./users/list-users";
import { updateUser } from "./users/update-user";

export const operations: Operation[] = [
  getMe,
  listUsers,
  createUser,
  getUser,
  updateUser,
  deleteUser,
  listGroups,
  createGroup,
  getGroup,
  updateGroup,
  deleteGroup,
  addGroupMember,
  removeGroupMember,
  setGroupPermissions,
  listAuditEvents,
  listApiKeys,
  revokeApiKey,
  listServices,
  createService,
  getService,
  updateService,
  deleteService,
  setServicePermissions,
  verifyKey,
];
