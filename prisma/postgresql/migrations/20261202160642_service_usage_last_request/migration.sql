-- AlterTable
ALTER TABLE "ApiKeyServiceUsage" ADD COLUMN     "lastMethod" TEXT,
ADD COLUMN     "lastUri" TEXT;

