-- CreateTable
CREATE TABLE "AuthVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" BIGINT NOT NULL DEFAULT 0
);


-- Hand-written: the single AuthVersion row and the triggers that bump it when anything that
-- decides an API key's access changes, and on policy settings (see lib/api-keys/auth-version.ts). Usage columns
-- (lastUsedAt, lastUsedIp, usageCount) are left out on purpose: they change all the time.
INSERT INTO "AuthVersion" ("id", "version") VALUES (1, 0);
CREATE TRIGGER "auth_version_api_key_update" AFTER UPDATE OF "status", "expiresAt", "scopes", "userId", "hash", "rateLimit" ON "ApiKey"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_api_key_delete" AFTER DELETE ON "ApiKey"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_user_update" AFTER UPDATE OF "status", "email", "name" ON "User"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_user_delete" AFTER DELETE ON "User"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_membership_insert" AFTER INSERT ON "Membership"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_membership_update" AFTER UPDATE ON "Membership"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_membership_delete" AFTER DELETE ON "Membership"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_group_permission_insert" AFTER INSERT ON "GroupPermission"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_group_permission_update" AFTER UPDATE ON "GroupPermission"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_group_permission_delete" AFTER DELETE ON "GroupPermission"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_group_update" AFTER UPDATE OF "builtIn" ON "Group"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_group_delete" AFTER DELETE ON "Group"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_setting_insert" AFTER INSERT ON "Setting"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_setting_update" AFTER UPDATE ON "Setting"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
