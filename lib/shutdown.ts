import "server-only";
import { flushServiceUsage } from "@/lib/api-keys/service-usage";
import { flushUsage } from "@/lib/api-keys/usage";

/** On SIGTERM/SIGINT: write pending API key usage (the keys' own and per service), then exit. */
export function flushOnShutdown(): void {
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      Promise.all([flushUsage(), flushServiceUsage()])
        .catch((error: unknown) => console.error("Could not record API key usage on shutdown:", error))
        .finally(() => process.exit(0));
    });
  }
}
