// Serves the production build: `node --conditions=react-server --import tsx server/main.ts
// [--port N] [--hostname H]`, or the sources with `--dev` (`npm run dev`). `npm start`
// (scripts/start.ts) and the test servers (scripts/server.ts) run this. SIGTERM and SIGINT
// are instrumentation.ts's (pending API key usage is written before exit).
import path from "node:path";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { ConfigError, parseEnv } from "../lib/env-schema";
import { createLatchkeyServer } from "./index";

const root = path.resolve(import.meta.dirname, "..");

async function main() {
  const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" }, dev: { type: "boolean", default: false } } });
  // .env files, as Next reads them; the API app reads the same variables before Next starts.
  nextEnv.loadEnvConfig(root, values.dev);
  const config = parseEnv();
  const port = values.port ? Number(values.port) : config.PORT;
  const hostname = values.hostname;
  const server = await createLatchkeyServer({ dir: root, trustProxy: config.TRUST_PROXY, hostname, port, dev: values.dev });
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
