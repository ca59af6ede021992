-- CreateTable
CREATE TABLE "AuthVersion" (
    "id" INTEGER NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "AuthVersion_pkey" PRIMARY KEY ("id")
);


-- Hand-written: the single AuthVersion row and the triggers that bump it when anything that
-- decides an API key's access changes, and on policy settings (see lib/api-keys/auth-version.ts). Usage columns
-- (lastUsedAt, lastUsedIp, usageCount) are left out on purpose: they change all the time.
INSERT INTO "AuthVersion" ("id", "version") VALUES (1, 0);

-- The body spells its semicolons as \073: Prisma's migration runner splits scripts at every semicolon
-- and does not understand dollar quoting (nor semicolons in comments).
CREATE FUNCTION "latchkey_bump_auth_version"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1\073 RETURN NULL\073 END';

CREATE TRIGGER "auth_version_api_key" AFTER UPDATE OF "status", "expiresAt", "scopes", "userId", "hash", "rateLimit" OR DELETE ON "ApiKey"
  FOR EACH STATEMENT EXECUTE FUNCTION "latchkey_bump_auth_version"();
CREATE TRIGGER "auth_version_user" AFTER UPDATE OF "status", "email", "name" OR DELETE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION "latchkey_bump_auth_version"();
CREATE TRIGGER "auth_version_membership" AFTER INSERT OR UPDATE OR DELETE ON "Membership"
  FOR EACH STATEMENT EXECUTE FUNCTION "latchkey_bump_auth_version"();
CREATE TRIGGER "auth_version_group_permission" AFTER INSERT OR UPDATE OR DELETE ON "GroupPermission"
  FOR EACH STATEMENT EXECUTE FUNCTION "latchkey_bump_auth_version"();
CREATE TRIGGER "auth_version_group" AFTER UPDATE OF "builtIn" OR DELETE ON "Group"
  FOR EACH STATEMENT EXECUTE FUNCTION "latchkey_bump_auth_version"();
CREATE TRIGGER "auth_version_setting" AFTER INSERT OR UPDATE OR DELETE ON "Setting"
  FOR EACH STATEMENT EXECUTE FUNCTION "latchkey_bump_auth_version"();
