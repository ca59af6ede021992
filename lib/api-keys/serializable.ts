import "server-only";
import { db, type Tx } from "@/lib/db";

const isSerializationFailure = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && error.code === "P2034";

/**
 * Runs `work` in a Serializable transaction, retrying when PostgreSQL aborts it for a
 * concurrent conflict. Check-then-write rules (a key name unique among live keys) cannot be a
 * unique index, so this is what keeps two simultaneous creates from both passing the check.
 * SQLite serialises writers anyway; Serializable is its only level.
 */
export async function inSerializableTransaction<T>(work: (tx: Tx) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { isolationLevel: "Serializable" });
    } catch (error) {
      if (attempt >= attempts || !isSerializationFailure(error)) throw error;
    }
  }
}
