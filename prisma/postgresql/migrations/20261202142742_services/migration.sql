-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "serviceBound" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Service" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServicePermission" (
    "serviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ServicePermission_pkey" PRIMARY KEY ("serviceId","name")
);

-- CreateTable
CREATE TABLE "ServiceToken" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ServiceToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKeyService" (
    "apiKeyId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,

    CONSTRAINT "ApiKeyService_pkey" PRIMARY KEY ("apiKeyId","serviceId")
);

-- CreateTable
CREATE TABLE "ApiKeyServiceUsage" (
    "apiKeyId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "requestCount" INTEGER NOT NULL DEFAULT 0,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKeyServiceUsage_pkey" PRIMARY KEY ("apiKeyId","serviceId")
);

-- CreateTable
CREATE TABLE "AccessPreset" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "permissions" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccessPreset_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "ServicePermission" ADD CONSTRAINT "ServicePermission_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceToken" ADD CONSTRAINT "ServiceToken_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKeyService" ADD CONSTRAINT "ApiKeyService_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKeyService" ADD CONSTRAINT "ApiKeyService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKeyServiceUsage" ADD CONSTRAINT "ApiKeyServiceUsage_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKeyServiceUsage" ADD CONSTRAINT "ApiKeyServiceUsage_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: what decides a key's access for a service bumps AuthVersion
-- (lib/api-keys/auth-version.ts), like the triggers of 20261124065637_auth_version.
CREATE TRIGGER "auth_version_api_key_bound" AFTER UPDATE OF "serviceBound" ON "ApiKey"
  FOR EACH STATEMENT EXECUTE FUNCTION "latchkey_bump_auth_version"();
CREATE TRIGGER "auth_version_api_key_service" AFTER INSERT OR DELETE ON "ApiKeyService"
  FOR EACH STATEMENT EXECUTE FUNCTION "latchkey_bump_auth_version"();
CREATE TRIGGER "auth_version_service" AFTER UPDATE OF "slug" OR DELETE ON "Service"
  FOR EACH STATEMENT EXECUTE FUNCTION "latchkey_bump_auth_version"();
CREATE TRIGGER "auth_version_service_permission" AFTER INSERT OR UPDATE OR DELETE ON "ServicePermission"
  FOR EACH STATEMENT EXECUTE FUNCTION "latchkey_bump_auth_version"();
CREATE TRIGGER "auth_version_service_token" AFTER UPDATE OF "revokedAt", "hash", "serviceId" OR DELETE ON "ServiceToken"
  FOR EACH STATEMENT EXECUTE FUNCTION "latchkey_bump_auth_version"();
