-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN "disabledById" TEXT;
ALTER TABLE "ApiKey" ADD COLUMN "hiddenAt" DATETIME;

