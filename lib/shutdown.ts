import "server-only";
import { flushUsage } from "@/lib/api-keys/usage";
import { flushTokenUsage } from "@/lib/services/token-usage";

/** On SIGTERM/SIGINT: write pending API key and service token usage, then exit. */
export function flushOnShutdown(): void {
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      Promise.all([flushUsage(), flushTokenUsage()])
        .catch((error: unknown) => console.error("Could not record API key usage on shutdown:", error))
        .finally(() => process.exit(0));
    });
  }
}
