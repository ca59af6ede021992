import "server-only";
import { flushServiceUsage } from "@/lib/api-keys/service-usage";
import { flushUsage } from "@/lib/api-keys/usage";
import { flushTokenUsage } from "@/lib/services/token-usage";

/** On SIGTERM/SIGINT: write pending usage (API keys' own and per service, service tokens'), then exit. */
export function flushOnShutdown(): void {
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      Promise.all([flushUsage(), flushServiceUsage(), flushTokenUsage()])
        .catch((error: unknown) => console.error("Could not record API key usage on shutdown:", error))
        .finally(() => process.exit(0));
    });
  }
}
