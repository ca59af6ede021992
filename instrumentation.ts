// Runs once when the server starts. `npm start` sets NEXT_MANUAL_SIG_HANDLE so that Next.js
// leaves SIGTERM/SIGINT to us: pending API key usage is written before the process exits.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { flushOnShutdown } = await import("@/lib/shutdown");
    flushOnShutdown();
  }
}
