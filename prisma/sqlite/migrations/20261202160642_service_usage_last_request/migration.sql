-- AlterTable
ALTER TABLE "ApiKeyServiceUsage" ADD COLUMN "lastMethod" TEXT;
ALTER TABLE "ApiKeyServiceUsage" ADD COLUMN "lastUri" TEXT;

