-- CreateIndex
CREATE INDEX "User_status_idx" ON "User"("status");

-- CreateIndex
CREATE INDEX "User_lastLoginAt_idx" ON "User"("lastLoginAt");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");


-- Written by hand (Prisma cannot express a per-provider index): the users table's search is a
-- case-insensitive "contains" (LIKE '%q%') on name and email. Walking this covering index in
-- name order reads both columns and the id without touching the table, so even a search that
-- matches almost nobody stays fast on large tables.
CREATE INDEX "User_name_email_id_search_idx" ON "User"("name", "email", "id");
