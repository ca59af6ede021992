// Serves the production build: `node --import tsx server/main.ts [--port N] [--hostname H]`.
// `npm start` (scripts/start.ts) and the test servers (scripts/server.ts) run this. SIGTERM
// and SIGINT are instrumentation.ts's (pending API key usage is written before exit).
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, parseEnv } from "../lib/env-schema";
import { createLatchkeyServer } from "./index";

const root = path.resolve(import.meta.dirname, "..");

async function main() {
  const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
  const config = parseEnv();
  const port = values.port ? Number(values.port) : config.PORT;
  const hostname = values.hostname;
  const server = await createLatchkeyServer({ dir: root, trustProxy: config.TRUST_PROXY, hostname, port });
  server.listen(port, hostname, () => {
    console.log(`Latchkey is listening on http://${hostname ?? "localhost"}:${port}`);
  });
  server.on("error", (error) => {
    console.error(`Latchkey cannot start: ${error.message}`);
    process.exit(1);
  });
}

main().catch((error: unknown) => {
  console.error(`Latchkey cannot start: ${error instanceof ConfigError ? `set ${error.message}.` : error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
