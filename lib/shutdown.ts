import "server-only";
import { flushUsage } from "@/lib/api-keys/usage";

/** On SIGTERM/SIGINT: write pending API key usage, then exit. */
export function flushOnShutdown(): void {
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      flushUsage()
        .catch((error: unknown) => console.error("Could not record API key usage on shutdown:", error))
        .finally(() => process.exit(0));
    });
  }
}
