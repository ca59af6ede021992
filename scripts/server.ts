// Starting a production server (server/main.ts, as `npm start` does) on a free port, for
// the API test suites and the API benchmark.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
export const TEST_SECRET = "api-test-secret-0123456789abcdef0123456789";

/** A TCP port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess, healthy: boolean, output: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`test server exited with ${server.exitCode}: ${output.join("").slice(-2000)}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok || !healthy) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`test server at ${baseUrl} did not become healthy`);
}

/** The command that serves the production build (server/main.ts through tsx); `nodeArgs` go to node itself. */
export function serverCommand(port: number, hostname?: string, nodeArgs: string[] = []): [string, string[]] {
  // react-server: the API app runs lib/ modules (marked "server-only") outside Next's bundle.
  return [process.execPath, [...nodeArgs, "--conditions=react-server", "--import", "tsx", path.join(root, "server", "main.ts"), "--port", String(port), ...(hostname ? ["--hostname", hostname] : [])]];
}

/** Starts the production server and waits until /api/health answers (200, unless `healthy` is false). */
export async function startServer(databaseUrl: string, extraEnv: Record<string, string> = {}, { healthy = true, nodeArgs = [] as string[] } = {}) {
  const port = await freePort();
  const server = spawn(...serverCommand(port, "127.0.0.1", nodeArgs), {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NODE_OPTIONS: "",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: TEST_SECRET,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXT_MANUAL_SIG_HANDLE: "true",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  server.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server, healthy, output);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once("exit", () => resolve());
      server.kill("SIGTERM");
    });
  return { baseUrl, server, output, stop };
}

