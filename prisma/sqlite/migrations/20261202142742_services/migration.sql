-- CreateTable
CREATE TABLE "Service" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ServicePermission" (
    "serviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    PRIMARY KEY ("serviceId", "name"),
    CONSTRAINT "ServicePermission_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "serviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ServiceToken_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiKeyService" (
    "apiKeyId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,

    PRIMARY KEY ("apiKeyId", "serviceId"),
    CONSTRAINT "ApiKeyService_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApiKeyService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiKeyServiceUsage" (
    "apiKeyId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "requestCount" INTEGER NOT NULL DEFAULT 0,
    "lastUsedAt" DATETIME,

    PRIMARY KEY ("apiKeyId", "serviceId"),
    CONSTRAINT "ApiKeyServiceUsage_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApiKeyServiceUsage_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AccessPreset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "permissions" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- Hand-edited: Prisma redefined ApiKey to add the column, which would drop its AuthVersion
-- triggers; a NOT NULL column with a constant default can simply be added.
ALTER TABLE "ApiKey" ADD COLUMN "serviceBound" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "Service_slug_key" ON "Service"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceToken_hash_key" ON "ServiceToken"("hash");

-- CreateIndex
CREATE INDEX "ServiceToken_serviceId_idx" ON "ServiceToken"("serviceId");

-- CreateIndex
CREATE INDEX "ApiKeyService_serviceId_idx" ON "ApiKeyService"("serviceId");

-- CreateIndex
CREATE INDEX "ApiKeyServiceUsage_serviceId_idx" ON "ApiKeyServiceUsage"("serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "AccessPreset_name_key" ON "AccessPreset"("name");


-- Hand-written: what decides a key's access for a service bumps AuthVersion
-- (lib/api-keys/auth-version.ts), like the triggers of 20261124065637_auth_version.
CREATE TRIGGER "auth_version_api_key_bound" AFTER UPDATE OF "serviceBound" ON "ApiKey"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_api_key_service_insert" AFTER INSERT ON "ApiKeyService"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_api_key_service_delete" AFTER DELETE ON "ApiKeyService"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_service_update" AFTER UPDATE OF "slug" ON "Service"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_service_delete" AFTER DELETE ON "Service"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_service_permission_insert" AFTER INSERT ON "ServicePermission"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_service_permission_update" AFTER UPDATE ON "ServicePermission"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_service_permission_delete" AFTER DELETE ON "ServicePermission"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_service_token_update" AFTER UPDATE OF "revokedAt", "hash", "serviceId" ON "ServiceToken"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "auth_version_service_token_delete" AFTER DELETE ON "ServiceToken"
BEGIN UPDATE "AuthVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
