import { expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { startServer } from "../../scripts/server";
import { seedKey } from "../helpers/api";
import { seedUser } from "../helpers/seed";

it("writes pending usage when the server is stopped cleanly (SIGTERM)", async () => {
  const { user } = await seedUser();
  const { key, row } = await seedKey(user.id);
  const server = await startServer(inject("apiDatabaseUrl"));
  try {
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${server.baseUrl}/api/v1/me`, { headers: { Authorization: `Bearer ${key}` } });
      expect(response.status).toBe(200);
    }
  } finally {
    // Stopped at once: well inside the flush interval, so only the shutdown flush can write.
    await server.stop();
  }
  const used = await db.apiKey.findUniqueOrThrow({ where: { id: row.id } });
  expect(used.usageCount).toBe(3);
  expect(used.lastUsedAt).not.toBeNull();
  expect(server.output.join("")).not.toContain(key);
});
