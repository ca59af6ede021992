-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "disabledById" TEXT,
ADD COLUMN     "hiddenAt" TIMESTAMP(3);

