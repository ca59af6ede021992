-- CreateIndex
CREATE INDEX "User_status_idx" ON "User"("status");

-- CreateIndex
CREATE INDEX "User_lastLoginAt_idx" ON "User"("lastLoginAt");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");


-- Written by hand (Prisma cannot express it): the users table's search is a case-insensitive
-- "contains" (ILIKE '%q%') on name and email, which only trigram indexes serve on large
-- tables. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension since 13. Where
-- it cannot be created, the block only notes it and search still works, by scanning.
-- The body spells its semicolons as \073: Prisma's migration runner splits scripts at every
-- semicolon and understands neither dollar quoting nor semicolons in comments.
DO E'BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm\073 CREATE INDEX IF NOT EXISTS "User_name_trgm_idx" ON "User" USING gin ("name" gin_trgm_ops)\073 CREATE INDEX IF NOT EXISTS "User_email_trgm_idx" ON "User" USING gin ("email" gin_trgm_ops)\073 EXCEPTION WHEN OTHERS THEN RAISE NOTICE \'pg_trgm is not available (%): user search scans instead of using an index\', SQLERRM\073 END';
